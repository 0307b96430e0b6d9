namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Reads a typed message (mention already stripped) as a command. Only whole-message keywords are
/// commands, so an answer that merely starts with "next" ("next door's bins were collected") stays an answer.
/// A short message within a typo or two of a keyword ("nxet", "stauts") is not taken as an answer: the person
/// is asked what they meant (see <see cref="CommandSpelling"/>).
/// </summary>
internal static class TextCommandParser
{
    private static readonly Dictionary<string, TextCommand> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = new TextCommand.Help(),
        ["?"] = new TextCommand.Help(),
        ["status"] = new TextCommand.Status(),
        ["scenarios"] = new TextCommand.ListScenarios(),
        ["next"] = new TextCommand.Navigate(NavigationVerb.Next),
        ["done"] = new TextCommand.Navigate(NavigationVerb.Next),
        ["back"] = new TextCommand.Navigate(NavigationVerb.Back),
        ["go back"] = new TextCommand.Navigate(NavigationVerb.Back),
        ["previous"] = new TextCommand.Navigate(NavigationVerb.Back),
        ["undo"] = new TextCommand.Undo(),
        ["skip"] = new TextCommand.Navigate(NavigationVerb.Skip),
        ["finish stage"] = new TextCommand.Navigate(NavigationVerb.FinishStage),
        ["pause"] = new TextCommand.Facilitate(FacilitatorAction.PauseAll),
        ["pause all"] = new TextCommand.Facilitate(FacilitatorAction.PauseAll),
        ["resume"] = new TextCommand.Facilitate(FacilitatorAction.ResumeAll),
        ["resume all"] = new TextCommand.Facilitate(FacilitatorAction.ResumeAll),
        ["lock map"] = new TextCommand.Facilitate(FacilitatorAction.LockMap),
        ["unlock map"] = new TextCommand.Facilitate(FacilitatorAction.UnlockMap),
        ["progress"] = new TextCommand.Facilitate(FacilitatorAction.Progress),
        ["advance all"] = new TextCommand.Facilitate(FacilitatorAction.AdvanceAllRetired),
        ["advance all groups"] = new TextCommand.Facilitate(FacilitatorAction.AdvanceAllRetired),
        ["generate documents"] = new TextCommand.GenerateDocuments(),
        ["documents"] = new TextCommand.GenerateDocuments(),
        ["export workshop"] = new TextCommand.ExportWorkshop(),
        ["delete workshop"] = new TextCommand.DeleteWorkshop(),
        ["workshop vote"] = new TextCommand.WorkshopVote(),
        ["vote across groups"] = new TextCommand.WorkshopVote(),
    };

    private const string LoadScenarioKeyword = "load scenario";
    private const string DepthKeyword = "depth";
    private const string LanesKeyword = "lanes";

    public static TextCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = CollapseWhitespace(text);
        if (trimmed.Length == 0)
        {
            return new TextCommand.Help();
        }

        if (Keywords.TryGetValue(trimmed, out var keyword))
        {
            return keyword;
        }

        if (FacilitatorCommandParser.TryParse(trimmed) is { } facilitate)
        {
            return facilitate;
        }

        if (trimmed.StartsWith(LoadScenarioKeyword, StringComparison.OrdinalIgnoreCase))
        {
            // The script keeps its own line breaks, so line numbers in errors match what was pasted.
            var after = text.IndexOf("scenario", StringComparison.OrdinalIgnoreCase) + "scenario".Length;
            var json = text[after..].Trim();
            return new TextCommand.LoadScenario(json.Length == 0 ? null : json);
        }

        if (FirstWordIs(trimmed, DepthKeyword))
        {
            return DepthArguments.ParseDepth(trimmed[DepthKeyword.Length..].Trim());
        }

        if (FirstWordIs(trimmed, LanesKeyword))
        {
            return DepthArguments.ParseLanes(trimmed[LanesKeyword.Length..].Trim());
        }

        if (trimmed.StartsWith("start ", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("start", StringComparison.OrdinalIgnoreCase))
        {
            return ParseStart(trimmed["start".Length..].Trim());
        }

        if (CommandSpelling.Closest(trimmed, Keywords.Keys.Concat(FacilitatorCommandParser.Spellings.Keys).Append(LoadScenarioKeyword).Append("start")) is { } meant)
        {
            var command = Keywords.TryGetValue(meant, out var known) ? known
                : FacilitatorCommandParser.Spellings.TryGetValue(meant, out var facilitatorCommand) ? facilitatorCommand
                : new TextCommand.Help();
            return new TextCommand.DidYouMean(trimmed, meant, command);
        }

        return new TextCommand.Answer(text.Trim());
    }

    /// <summary>Every keyword (with the facilitator's commands as typo tolerance knows them), for the help card and tests.</summary>
    public static IEnumerable<string> Vocabulary => Keywords.Keys.Concat(FacilitatorCommandParser.Spellings.Keys);

    // "start <scenario> [as <group name>]"; a bare "start" (or "start as <name>") begins the workshop's own scenario,
    // or lists the scenarios when the facilitator chose none.
    private static TextCommand ParseStart(string arguments)
    {
        if (arguments.Length == 0)
        {
            return new TextCommand.Start(string.Empty, null);
        }

        if (arguments.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            return new TextCommand.Start(string.Empty, arguments[3..].Trim());
        }

        var asIndex = arguments.IndexOf(" as ", StringComparison.OrdinalIgnoreCase);
        return asIndex < 0
            ? new TextCommand.Start(arguments, null)
            : new TextCommand.Start(arguments[..asIndex].Trim(), arguments[(asIndex + 4)..].Trim());
    }

    private static bool FirstWordIs(string text, string word) =>
        text.Equals(word, StringComparison.OrdinalIgnoreCase) || text.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase);

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
