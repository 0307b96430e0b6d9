namespace TeamsJourney.BotFramework.Cards;

/// <summary>A list of title/value pairs.</summary>
public sealed class FactSet : CardElement
{
    /// <inheritdoc />
    public override string Type => "FactSet";

    public IList<Fact> Facts { get; init; } = [];
}

/// <summary>One title/value pair of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
