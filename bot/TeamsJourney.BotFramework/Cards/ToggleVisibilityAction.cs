namespace TeamsJourney.BotFramework.Cards;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements by id, without a round trip.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    /// <inheritdoc />
    public override string Type => "Action.ToggleVisibility";

    public IList<TargetElement> TargetElements { get; init; } = [];
}

/// <summary>An element toggled by <see cref="ToggleVisibilityAction"/>; null <see cref="IsVisible"/> flips it.</summary>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
