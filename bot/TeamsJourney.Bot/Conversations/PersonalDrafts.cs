using System.Collections.Concurrent;

namespace TeamsJourney.Bot.Conversations;

/// <summary>
/// Text a person typed on a card the group had moved past and that could not be saved where it was written: it is
/// offered back in the answer box of their own view (the invoke response and every refresh) until they answer.
/// Held in memory: a draft is minutes old and the person still sees it on the card they pressed.
/// </summary>
internal sealed class PersonalDrafts
{
    private const int MaxDrafts = 10_000;
    private readonly ConcurrentDictionary<(string Conversation, string User), string> _drafts = new();

    public void Keep(string conversationId, string userId, string text)
    {
        if (_drafts.Count >= MaxDrafts && _drafts.Keys.FirstOrDefault() is var oldest)
        {
            // A bound on memory: one draft (the person still has it on the card they pressed) makes room.
            _drafts.TryRemove(oldest, out _);
        }

        _drafts[(conversationId, userId)] = text;
    }

    public string? Find(string conversationId, string userId) => _drafts.GetValueOrDefault((conversationId, userId));

    public void Forget(string conversationId, string userId) => _drafts.TryRemove((conversationId, userId), out _);
}
