using System.Text.Json.Serialization;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>
/// The card's <c>refresh</c>: Teams runs <see cref="Action"/> automatically for the listed users, so each of
/// them can see a user-specific view. A refresh invoke has trigger <c>automatic</c> and must not post or update anything.
/// </summary>
public sealed class CardRefresh
{
    /// <summary>Teams refreshes automatically for at most this many users.</summary>
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string>? _userIds;

    /// <summary>The action run on refresh.</summary>
    [JsonIgnore]
    public required ExecuteAction Action { get; init; }

    /// <summary>The Teams user ids (<c>29:...</c>) for whom the refresh runs automatically; at most 60.</summary>
    public IReadOnlyList<string>? UserIds
    {
        get => _userIds;
        init
        {
            if (value is { Count: > MaxUserIds })
            {
                throw new ArgumentException(
                    $"A card refresh lists at most {MaxUserIds} user ids; {value.Count} were given.", nameof(value));
            }

            _userIds = value;
        }
    }

    // Written through the polymorphic base so the action carries its "type": Teams needs it.
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    internal CardAction WireAction => Action;
}
