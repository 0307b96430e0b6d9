namespace TeamsJourney.Bot.Conversations;

/// <summary>What a typed message asks the bot to do, once the bot's mention is stripped.</summary>
internal abstract record TextCommand
{
    private TextCommand() { }

    /// <summary>"start missed-bin-collection" — begin a scenario for the group in this thread or chat.</summary>
    public sealed record Start(string ScenarioId, string? GroupName) : TextCommand;

    /// <summary>"scenarios" — list the built-in scenarios.</summary>
    public sealed record ListScenarios : TextCommand;

    /// <summary>"load scenario [json]" — a facilitator loads their own scenario script.</summary>
    public sealed record LoadScenario(string? Json) : TextCommand;

    /// <summary>"generate documents" — a facilitator asks for the deck and the report.</summary>
    public sealed record GenerateDocuments : TextCommand;

    /// <summary>
    /// "depth mvp|full [for &lt;group name&gt;]" — a facilitator sets the workshop's depth or one group's; a bare "depth"
    /// (or bad arguments, in <paramref name="Problem"/>) shows the settings and how to change them.
    /// </summary>
    public sealed record Depth(Domain.Scenarios.ScenarioDepth? Level, string? GroupName, string? Problem = null) : TextCommand;

    /// <summary>"lanes frontstage, backstage, support" — a facilitator chooses the blueprint lanes; a bare "lanes" shows them.</summary>
    public sealed record Lanes(IReadOnlyList<Domain.Maps.Lane>? Chosen, string? Problem = null) : TextCommand;

    /// <summary>"workshop vote" — the workshop-wide dot vote on every group's ideas.</summary>
    public sealed record WorkshopVote : TextCommand;

    /// <summary>"status" — show the group's current step again.</summary>
    public sealed record Status : TextCommand;

    /// <summary>"help" or an empty mention.</summary>
    public sealed record Help : TextCommand;

    /// <summary>"next", "done", "back", "skip", "finish stage".</summary>
    public sealed record Navigate(NavigationVerb Verb) : TextCommand;

    /// <summary>A facilitator's command for the whole workshop ("new workshop", "move all to ideas", "pause all", ...).</summary>
    public sealed record Facilitate(FacilitatorAction Action, string? Argument = null) : TextCommand;

    /// <summary>"undo" — remove the last entry the person added.</summary>
    public sealed record Undo : TextCommand;

    /// <summary>
    /// A short message a letter or two away from a command ("nxet"): nothing is saved; the person is asked whether
    /// they meant <paramref name="Keyword"/> (and may save their text as an answer after all).
    /// </summary>
    public sealed record DidYouMean(string Typed, string Keyword, TextCommand Command) : TextCommand;

    /// <summary>Anything else is an answer to the current step.</summary>
    public sealed record Answer(string Text) : TextCommand;

    /// <summary>"export workshop": a facilitator takes the workshop's data out (a zip beside the documents).</summary>
    public sealed record ExportWorkshop : TextCommand;

    /// <summary>"delete workshop": a facilitator is asked to confirm, on a card, by typing the title.</summary>
    public sealed record DeleteWorkshop : TextCommand;
}

/// <summary>Navigation a group or its facilitator can type instead of pressing a card button.</summary>
internal enum NavigationVerb
{
    Next,
    Back,
    Skip,
    FinishStage,
}

/// <summary>What a facilitator can type for the whole workshop.</summary>
internal enum FacilitatorAction
{
    /// <summary>"new workshop [title]": the setup form.</summary>
    NewWorkshop,

    /// <summary>"move all to {phase}".</summary>
    MoveAll,

    /// <summary>"pause" or "pause all".</summary>
    PauseAll,

    /// <summary>"resume" or "resume all".</summary>
    ResumeAll,

    /// <summary>"extend [minutes]".</summary>
    Extend,

    /// <summary>"broadcast {message}".</summary>
    Broadcast,

    /// <summary>"lock map".</summary>
    LockMap,

    /// <summary>"unlock map".</summary>
    UnlockMap,

    /// <summary>"progress": the console card.</summary>
    Progress,

    /// <summary>"add facilitator @name".</summary>
    AddFacilitator,

    /// <summary>"advance all", which "move all to {phase}" replaced.</summary>
    AdvanceAllRetired,
}
