using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>
/// Counts authenticated activities per conversation (ASP.NET Core's token bucket, partitioned by conversation id);
/// an activity over the limit is answered 429 with Retry-After, which the channel retries later.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    /// <summary>Creates the limiter from <see cref="ConversationRateLimitOptions"/>.</summary>
    public ConversationRateLimiter(IOptions<ConversationRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetTokenBucketLimiter(
            conversation,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.BurstPerConversation,
                TokensPerPeriod = settings.PermitsPerSecondPerConversation,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Null when <paramref name="activity"/> may go on; otherwise how long the conversation should wait.</summary>
    public TimeSpan? TryAcquire(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var lease = _limiter.AttemptAcquire(activity.Conversation?.Id ?? string.Empty);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
