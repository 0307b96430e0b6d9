using System.Collections.Immutable;
using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Maps;

/// <summary>The person whose journey the group maps. Immutable: changes return a new persona.</summary>
public sealed record Persona
{
    /// <summary>Most entries in one list field.</summary>
    public const int MaxEntries = 50;


    /// <summary>An empty persona.</summary>
    public static Persona Empty { get; } = new();

    /// <summary>The persona's name, once given.</summary>
    public string? Name { get; private init; }

    /// <summary>Their circumstances, once given.</summary>
    public string? LifeContext { get; private init; }

    /// <summary>What they want to achieve.</summary>
    public IReadOnlyList<string> Goals => GoalList;

    /// <summary>Why it matters to them.</summary>
    public IReadOnlyList<string> Motivations => MotivationList;

    /// <summary>What makes it hard.</summary>
    public IReadOnlyList<string> Challenges => ChallengeList;

    private ImmutableList<string> GoalList { get; init; } = [];

    private ImmutableList<string> MotivationList { get; init; } = [];

    private ImmutableList<string> ChallengeList { get; init; } = [];

    /// <summary>The entries recorded for a field (zero or one for single-text fields).</summary>
    public IReadOnlyList<string> Entries(PersonaField field) => field switch
    {
        PersonaField.Name => Name is null ? [] : [Name],
        PersonaField.LifeContext => LifeContext is null ? [] : [LifeContext],
        PersonaField.Goals => GoalList,
        PersonaField.Motivations => MotivationList,
        PersonaField.Challenges => ChallengeList,
        _ => throw new DomainValidationException("persona field", $"Unknown persona field {field}."),
    };

    /// <summary>Sets a single-text field or appends to a list field.</summary>
    public Persona WithAnswer(PersonaField field, string text)
    {
        var value = TextAnswer.Require(text, $"persona {field.Label().ToLowerInvariant()}");
        return field switch
        {
            PersonaField.Name => this with { Name = value },
            PersonaField.LifeContext => this with { LifeContext = value },
            PersonaField.Goals => this with { GoalList = Append(GoalList, value, field) },
            PersonaField.Motivations => this with { MotivationList = Append(MotivationList, value, field) },
            PersonaField.Challenges => this with { ChallengeList = Append(ChallengeList, value, field) },
            _ => throw new DomainValidationException("persona field", $"Unknown persona field {field}."),
        };
    }

    private static ImmutableList<string> Append(ImmutableList<string> list, string value, PersonaField field)
    {
        return list.Count >= MaxEntries
            ? throw new DomainValidationException($"persona {field.Label().ToLowerInvariant()}", $"A persona can have at most {MaxEntries} {field.Label().ToLowerInvariant()}.")
            : list.Add(value);
    }
}
