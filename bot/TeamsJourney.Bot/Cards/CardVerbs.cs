namespace TeamsJourney.Bot.Cards;

/// <summary>The Action.Execute verbs our cards send, and the data keys they carry.</summary>
internal static class CardVerbs
{
    public const string Answer = "answer";
    public const string AnswerInputs = "answerInputs";
    public const string Emotion = "emotion";
    public const string Propose = "propose";
    public const string Vote = "vote";
    public const string Unvote = "unvote";
    public const string Rate = "rate";
    public const string Next = "next";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string FinishStage = "finishStage";
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string AdvanceAll = "advanceAll";
    public const string Refresh = "refresh";
    public const string Start = "start";
    public const string LoadScenario = "loadScenario";
    public const string GenerateDocuments = "generateDocuments";

    /// <summary>"Get my links" on the documents card: links signed for the presser, in their own view.</summary>
    public const string DocumentLinks = "documentLinks";

    /// <summary>A facilitator asks for their own download link of a workshop export.</summary>
    public const string ExportLink = "exportLink";

    // The facilitator's console card (in the facilitator's thread, never in a group's).
    public const string SaveWorkshop = "saveWorkshop";
    public const string MoveAll = "moveAll";
    public const string PauseAll = "pauseAll";
    public const string ResumeAll = "resumeAll";
    public const string Extend = "extend";
    public const string LockMap = "lockMap";
    public const string UnlockMap = "unlockMap";
    public const string Broadcast = "broadcast";
    public const string Progress = "progress";

    /// <summary>Every verb of the facilitator's console card.</summary>
    public static readonly IReadOnlySet<string> Facilitator = new HashSet<string>(StringComparer.Ordinal)
    {
        SaveWorkshop, MoveAll, PauseAll, ResumeAll, Extend, LockMap, UnlockMap, Broadcast, Progress,
    };

    public const string DeleteWorkshop = "deleteWorkshop";
    public const string WorkshopDot = "workshopDot";
    public const string WorkshopUndot = "workshopUndot";
    public const string WorkshopVotes = "workshopVotes";
}

/// <summary>Ids of card inputs and data fields; Teams merges input values into the action's data.</summary>
internal static class CardFields
{
    public const string WorkshopId = "workshopId";
    public const string GroupId = "groupId";
    public const string StepId = "stepId";
    public const string ScenarioId = "scenarioId";

    /// <summary>On a scenario choice: the group name asked for with "start as …".</summary>
    public const string GroupName = "groupName";
    public const string InitiativeId = "initiativeId";
    public const string Answer = "answer";
    public const string Channel = "channel";
    public const string EvidenceKind = "evidenceKind";
    public const string EvidenceSource = "evidenceSource";
    public const string Emotion = "emotion";
    public const string Title = "title";
    public const string Description = "description";
    public const string PainPoints = "painPoints";
    public const string ScenarioJson = "scenarioJson";
    public const string ConfirmTitle = "confirmTitle";

    /// <summary>The site-relative paths of the local documents a "Get my links" press asks for.</summary>
    public const string Files = "files";

    // The workshop setup form and the console.
    public const string Objectives = "objectives";
    public const string Stakeholders = "stakeholders";
    public const string Depth = "depth";
    public const string ReminderMinutes = "reminderMinutes";
    public const string AutoAdvance = "autoAdvance";
    public const string Phase = "phase";
    public const string Minutes = "minutes";
    public const string Message = "message";

    public static string TimeBox(Domain.Workshops.WorkshopPhase phase) => $"timeBox_{Domain.Workshops.WorkshopPhases.NameOf(phase)}";

    /// <summary>On an "answerInputs" action: "next" saves and moves on in one press.</summary>
    public const string Then = "then";

    /// <summary>The prefix of a multi-input card's input ids; Teams merges every input into the data.</summary>
    public const string InputPrefix = "in_";

    public static string InputText(string key) => InputPrefix + key;

    public static string InputChannel(string key) => $"{InputPrefix}{key}_channel";

    public static string InputEvidence(string key) => $"{InputPrefix}{key}_evidence";

    public static string InputSource(string key) => $"{InputPrefix}{key}_source";

    public static string Impact(string initiativeId) => $"impact_{initiativeId}";

    public static string Effort(string initiativeId) => $"effort_{initiativeId}";
}
