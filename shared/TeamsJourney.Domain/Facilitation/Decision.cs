using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>The engine's answer to a command.</summary>
public abstract record Decision
{
    private protected Decision()
    {
    }
}

/// <summary>
/// The command was accepted: append <paramref name="Events"/> to the group's log, then render
/// <paramref name="Next"/>. <paramref name="Session"/> is the session after the events.
/// </summary>
public sealed record Accepted(IReadOnlyList<GroupEvent> Events, Prompt Next, GroupSession Session) : Decision;

/// <summary>The command was refused for <paramref name="Reason"/> (a sentence for the user); nothing changed.</summary>
public sealed record Rejected(string Reason, Prompt Current) : Decision;
