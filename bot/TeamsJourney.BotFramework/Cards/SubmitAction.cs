using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>Legacy <c>Action.Submit</c>: arrives as a message whose <c>value</c> holds the data and inputs.</summary>
public sealed class SubmitAction : CardAction
{
    /// <inheritdoc />
    public override string Type => "Action.Submit";

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
