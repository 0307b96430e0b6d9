namespace TeamsJourney.BotFramework.Hosting;

/// <summary>The <c>Bot:Turns</c> section: how many turns are handled at once (see <see cref="TurnGate"/>).</summary>
public sealed class TurnGateOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:Turns";

    /// <summary>Turns handled at once; later ones wait, in arrival order, until one ends.</summary>
    public int MaxInProgress { get; set; } = 128;

    /// <summary>Of those, how many one conversation may hold (conversations sharing a slot of the gate share this).</summary>
    public int MaxInProgressPerConversation { get; set; } = 8;
}
