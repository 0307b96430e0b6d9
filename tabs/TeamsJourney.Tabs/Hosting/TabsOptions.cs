namespace TeamsJourney.Tabs.Hosting;

/// <summary>The "Tabs" configuration section.</summary>
public sealed class TabsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Tabs";

    /// <summary>The built front end served at /tab/; relative paths resolve against the content root.</summary>
    public string WebRoot { get; set; } = Path.Combine("..", "..", "tabs", "web", "dist");

    /// <summary>A Redis connection string; when set, SignalR uses it as a backplane and presence lives there.</summary>
    public string? Redis { get; set; }
}
