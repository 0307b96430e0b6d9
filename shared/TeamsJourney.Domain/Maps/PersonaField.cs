namespace TeamsJourney.Domain.Maps;

/// <summary>The parts of a persona a group fills in.</summary>
public enum PersonaField
{
    /// <summary>A single text: the persona's name.</summary>
    Name,

    /// <summary>A list: what the person wants to achieve.</summary>
    Goals,

    /// <summary>A list: why it matters to them.</summary>
    Motivations,

    /// <summary>A list: what makes it hard.</summary>
    Challenges,

    /// <summary>A single text: their circumstances.</summary>
    LifeContext,
}

/// <summary>Facts about persona fields that the engine and renderers share.</summary>
public static class PersonaFields
{
    /// <summary>True for fields that hold a list of entries rather than one text.</summary>
    public static bool HoldsList(this PersonaField field) =>
        field is PersonaField.Goals or PersonaField.Motivations or PersonaField.Challenges;

    /// <summary>A short label, e.g. "Life context".</summary>
    public static string Label(this PersonaField field) => field switch
    {
        PersonaField.Name => "Name",
        PersonaField.Goals => "Goals",
        PersonaField.Motivations => "Motivations",
        PersonaField.Challenges => "Challenges",
        PersonaField.LifeContext => "Life context",
        _ => field.ToString(),
    };
}
