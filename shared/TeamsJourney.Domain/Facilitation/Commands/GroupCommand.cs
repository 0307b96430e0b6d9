namespace TeamsJourney.Domain.Facilitation.Commands;

/// <summary>
/// Something a participant or the facilitator asks a group to do. The bot maps card actions and
/// messages to commands; <see cref="FacilitationEngine.Decide"/> accepts or rejects them.
/// </summary>
public abstract record GroupCommand;

/// <summary>Who is asking, and whether they run the workshop.</summary>
/// <param name="UserId">Stable user id.</param>
/// <param name="DisplayName">Display name recorded on events.</param>
/// <param name="IsFacilitator">True for the workshop's facilitator(s).</param>
public sealed record CommandActor(string UserId, string DisplayName, bool IsFacilitator = false);

/// <summary>
/// Everything a decision needs from outside: the actor, the clock reading and a source of new ids.
/// Passing these in keeps the engine pure, so tests are deterministic.
/// </summary>
/// <param name="Actor">Who sent the command.</param>
/// <param name="Now">When it was received.</param>
/// <param name="NewId">Returns a fresh unique id for new items and initiatives.</param>
public sealed record CommandContext(CommandActor Actor, DateTimeOffset Now, Func<string> NewId)
{
    /// <summary>A context that generates random GUID ids, for production use.</summary>
    public static CommandContext Create(CommandActor actor, DateTimeOffset now) =>
        new(actor, now, () => Guid.NewGuid().ToString("N"));
}
