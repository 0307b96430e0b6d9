using TeamsJourney.Domain.Facilitation.Commands;

namespace TeamsJourney.Workshops.Groups;

/// <summary>
/// What to do with a group as it stands at the moment of writing: run <see cref="Command"/>, or store nothing
/// because the request no longer fits (<see cref="Refusal"/> says why; the outcome is Outdated).
/// </summary>
internal readonly record struct GroupDecision(GroupCommand? Command, string? Refusal)
{
    public static GroupDecision Run(GroupCommand command) => new(command, null);

    public static GroupDecision Outdated(string reason) => new(null, reason);
}
