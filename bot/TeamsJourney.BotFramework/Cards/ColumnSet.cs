namespace TeamsJourney.BotFramework.Cards;

/// <summary>Side-by-side columns.</summary>
public sealed class ColumnSet : CardElement
{
    /// <inheritdoc />
    public override string Type => "ColumnSet";

    public IList<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    public string Type => "Column";

    public string? Id { get; init; }

    public IList<CardElement> Items { get; init; } = [];

    /// <summary>Auto, stretch, a relative weight or pixels.</summary>
    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
