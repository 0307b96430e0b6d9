namespace TeamsJourney.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.Action"/> on installationUpdate activities.</summary>
public static class InstallationActions
{
    /// <summary>The app was installed.</summary>
    public const string Add = "add";

    /// <summary>The app was uninstalled: stop sending to that conversation.</summary>
    public const string Remove = "remove";

    /// <summary>The app was upgraded (Teams adds the suffix to the base action).</summary>
    public const string AddUpgrade = "add-upgrade";

    /// <summary>The app was upgraded and removed.</summary>
    public const string RemoveUpgrade = "remove-upgrade";
}
