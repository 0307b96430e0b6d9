using System.Security.Cryptography;
using System.Text;
using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Deliveries;

/// <summary>How a delivery of an inbound activity should be treated.</summary>
public enum DeliveryStart
{
    /// <summary>The first delivery: handle it, then <see cref="InboundDeliveries.CompleteAsync"/> (or release on failure).</summary>
    First,

    /// <summary>The same activity again (handled before, or being handled now): change nothing and send nothing.</summary>
    Redelivery,

    /// <summary>The activity carries no id to recognise it by: handle it; its effects have their own keys.</summary>
    Unkeyed,
}

/// <summary>
/// Every inbound activity is handled at most once per (conversation, activity id), whatever its kind and on whichever
/// instance it lands: the channel redelivers an activity it did not hear back about in time. The claim is durable (in
/// the store), so a restart or a second instance recognises the redelivery too. A claim whose instance died is taken
/// over once its lease ends, so a crash mid-turn does not block the channel's retry for ever.
/// </summary>
public sealed class InboundDeliveries
{
    /// <summary>How long a claimed delivery is held before another instance may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly IWorkshopStore _store;
    private readonly TimeProvider _time;

    internal InboundDeliveries(IWorkshopStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Claims the delivery of activity <paramref name="activityId"/> in <paramref name="conversationId"/>.</summary>
    public async Task<DeliveryStart> BeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default)
    {
        if (Keys(conversationId, activityId) is not { } keys)
        {
            return DeliveryStart.Unkeyed;
        }

        var now = _time.GetUtcNow();
        var claim = await _store.ClaimDeliveryAsync(keys.Conversation, keys.Activity, now, now + Lease, cancellationToken);
        return claim == DeliveryClaim.Claimed ? DeliveryStart.First : DeliveryStart.Redelivery;
    }

    /// <summary>Records that the delivery was handled to the end: every redelivery from now on is recognised.</summary>
    public Task CompleteAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default) =>
        Keys(conversationId, activityId) is { } keys
            ? _store.CompleteDeliveryAsync(keys.Conversation, keys.Activity, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Gives the delivery up after its handling failed, so the channel's retry is handled afresh.</summary>
    public Task ReleaseAsync(string? conversationId, string? activityId, CancellationToken cancellationToken = default) =>
        Keys(conversationId, activityId) is { } keys
            ? _store.ReleaseDeliveryAsync(keys.Conversation, keys.Activity, cancellationToken)
            : Task.CompletedTask;

    // The conversation id is kept as it is, so deleting a workshop finds the claims of its bound conversations; one
    // the store could not take (blank or too long: never a bound conversation) is hashed. The activity id comes from
    // the wire, any length and any characters: hashed, so its key stays short and uniform.
    private static (string Conversation, string Activity)? Keys(string? conversationId, string? activityId) =>
        string.IsNullOrEmpty(activityId)
            ? null
            : (StorableConversation(conversationId), Hash(activityId));

    private static string StorableConversation(string? conversationId) =>
        !string.IsNullOrWhiteSpace(conversationId)
        && conversationId.Length <= StorageLimits.MaxIdLength
        && Encoding.UTF8.GetByteCount(conversationId) <= StorageLimits.MaxEncodedIdUtf8Bytes
            ? conversationId
            : "sha256-" + Hash(conversationId ?? string.Empty);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
