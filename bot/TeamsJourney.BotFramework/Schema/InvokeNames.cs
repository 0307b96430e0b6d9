namespace TeamsJourney.BotFramework.Schema;

/// <summary>Names of invoke activities (an open set).</summary>
public static class InvokeNames
{
    /// <summary>An Adaptive Card Action.Execute (Universal Action Model), including automatic refreshes.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A task module (dialog) fetch.</summary>
    public const string TaskFetch = "task/fetch";

    /// <summary>A task module (dialog) submit.</summary>
    public const string TaskSubmit = "task/submit";

    /// <summary>A link unfurl query from a messaging extension.</summary>
    public const string ComposeExtensionQueryLink = "composeExtension/queryLink";

    /// <summary>The SSO token exchange of an OAuth card.</summary>
    public const string SignInTokenExchange = "signin/tokenExchange";

    /// <summary>The verification of a sign-in magic code.</summary>
    public const string SignInVerifyState = "signin/verifyState";
}
