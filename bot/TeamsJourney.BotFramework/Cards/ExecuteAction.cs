using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Action Model): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and <see cref="Data"/> merged with the gathered inputs, and shows the card the bot answers with.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    /// <inheritdoc />
    public override string Type => "Action.Execute";

    /// <summary>What the bot should do, e.g. <c>vote</c>.</summary>
    public string? Verb { get; init; }

    /// <summary>Hidden data sent back with the inputs.</summary>
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
