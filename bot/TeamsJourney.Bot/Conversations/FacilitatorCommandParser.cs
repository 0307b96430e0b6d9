using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// The facilitator's typed commands that carry an argument: "new workshop [title]", "move all to {phase}",
/// "extend [minutes]", "broadcast {message}", "add facilitator @name". Only these exact openings are commands, so an
/// answer such as "extended opening hours" stays an answer.
/// </summary>
internal static partial class FacilitatorCommandParser
{
    public static TextCommand.Facilitate? TryParse(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        if (NewWorkshop().Match(trimmed) is { Success: true } newWorkshop)
        {
            return new(FacilitatorAction.NewWorkshop, Argument(newWorkshop));
        }

        if (MoveAll().Match(trimmed) is { Success: true } moveAll)
        {
            return new(FacilitatorAction.MoveAll, Argument(moveAll));
        }

        if (Extend().Match(trimmed) is { Success: true } extend)
        {
            return new(FacilitatorAction.Extend, extend.Groups["minutes"].Success ? extend.Groups["minutes"].Value : "5");
        }

        if (Broadcast().Match(trimmed) is { Success: true } broadcast)
        {
            return new(FacilitatorAction.Broadcast, Argument(broadcast));
        }

        return AddFacilitator().IsMatch(trimmed) ? new(FacilitatorAction.AddFacilitator) : null;
    }

    /// <summary>
    /// The facilitator commands as typo tolerance compares them (the argument-free forms and "move all to" each
    /// phase), with what each means, so "new worksop" or "move all to ideass" is asked about, not saved as an answer.
    /// </summary>
    public static IReadOnlyDictionary<string, TextCommand> Spellings { get; } = BuildSpellings();

    private static Dictionary<string, TextCommand> BuildSpellings()
    {
        var spellings = new Dictionary<string, TextCommand>(StringComparer.OrdinalIgnoreCase)
        {
            ["new workshop"] = new TextCommand.Facilitate(FacilitatorAction.NewWorkshop),
            ["extend"] = new TextCommand.Facilitate(FacilitatorAction.Extend, "5"),
            ["broadcast"] = new TextCommand.Facilitate(FacilitatorAction.Broadcast),
        };
        foreach (var phase in Domain.Workshops.WorkshopPhases.All)
        {
            var name = Domain.Workshops.WorkshopPhases.NameOf(phase);
            spellings[$"move all to {name}"] = new TextCommand.Facilitate(FacilitatorAction.MoveAll, name);
        }

        return spellings;
    }

    /// <summary>Minutes as typed ("5"), or null when they are not a whole number.</summary>
    public static int? Minutes(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null;

    private static string? Argument(Match match) =>
        match.Groups["arg"] is { Success: true, Value.Length: > 0 } arg ? arg.Value.Trim() : null;

    [GeneratedRegex(@"^new workshop(?:\s+(?<arg>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewWorkshop();

    [GeneratedRegex(@"^move (?:all|all groups|every group|everyone) (?:to|on to)(?:\s+(?:the\s+)?(?<arg>\S+?)(?:\s+phase)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoveAll();

    [GeneratedRegex(@"^extend(?: time| the time box)?(?:\s+(?:by\s+)?(?<minutes>\d{1,4})(?:\s*(?:m|min|mins|minute|minutes))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extend();

    [GeneratedRegex(@"^(?:broadcast|tell all|tell everyone)(?:\s+(?<arg>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Broadcast();

    [GeneratedRegex(@"^add (?:co-?)?facilitators?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddFacilitator();
}
