using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Workshops.Edits;

/// <summary>Reads an edit request into a domain command, or says clearly what is wrong with it.</summary>
internal static class MapEditCommands
{
    public const int MaxClientEditIdLength = 100;

    /// <summary>Checks the parts every request needs; null when fine.</summary>
    public static string? Validate(MapEdit request)
    {
        if (request.Op is null || !EditOperations.All.Contains(request.Op))
        {
            return $"'op' must be one of: {string.Join(", ", EditOperations.All)}.";
        }

        if (string.IsNullOrWhiteSpace(request.ClientEditId) || request.ClientEditId.Length > MaxClientEditIdLength)
        {
            return $"'clientEditId' is required (at most {MaxClientEditIdLength} characters) so a retried edit is applied once.";
        }

        if (EditOperations.TargetsItem(request.Op) && string.IsNullOrWhiteSpace(request.ItemId))
        {
            return $"'itemId' is required for '{request.Op}'.";
        }

        if (request.Op is EditOperations.Vote or EditOperations.Unvote && string.IsNullOrWhiteSpace(request.InitiativeId))
        {
            return $"'initiativeId' is required for '{request.Op}'.";
        }

        return request.BaseVersion is < 1 ? "'baseVersion' starts at 1." : null;
    }

    /// <summary>The command for the request, expecting <paramref name="expectedVersion"/> for item edits.</summary>
    public static (GroupCommand? Command, string? Error) ToCommand(MapEdit request, int? expectedVersion)
    {
        var itemId = request.ItemId ?? string.Empty;
        switch (request.Op)
        {
            case EditOperations.Add:
                if (string.IsNullOrWhiteSpace(request.StageId))
                {
                    return (null, "'stageId' is required for 'add'.");
                }

                return Parse<Lane>(request.Lane, "lane", required: true, out var addLane) is { } laneError ? (null, laneError)
                    : Parse<TouchpointChannel>(request.Channel, "channel", required: false, out var channel) is { } channelError ? (null, channelError)
                    : Parse<EvidenceKind>(request.EvidenceKind, "evidenceKind", required: false, out var kind) is { } kindError ? (null, kindError)
                    : (new AddItem(request.StageId, addLane!.Value, request.Text ?? string.Empty, channel, kind, request.EvidenceSource), null);
            case EditOperations.EditText:
                return (new EditItem(itemId, request.Text ?? string.Empty, expectedVersion), null);
            case EditOperations.Move:
                if (string.IsNullOrWhiteSpace(request.StageId))
                {
                    return (null, "'stageId' is required for 'move'.");
                }

                return Parse<Lane>(request.Lane, "lane", required: true, out var lane) is { } moveError
                    ? (null, moveError)
                    : (new MoveItem(itemId, request.StageId, lane!.Value, expectedVersion), null);
            case EditOperations.Delete:
                return (new DeleteItem(itemId, expectedVersion), null);
            case EditOperations.SetEvidence:
                return Parse<EvidenceKind>(request.EvidenceKind, "evidenceKind", required: false, out var evidence) is { } evidenceError
                    ? (null, evidenceError)
                    : (new SetEvidence(itemId, evidence, request.EvidenceSource, expectedVersion), null);
            case EditOperations.Vote:
                return (new Vote(request.InitiativeId!), null);
            case EditOperations.Unvote:
                return (new Unvote(request.InitiativeId!), null);
            default:
                return (null, $"Unknown op '{request.Op}'.");
        }
    }

    private static string? Parse<T>(string? text, string field, bool required, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? $"'{field}' is required." : null;
        }

        // Names only: a number would let any integer through as an undefined enum value.
        if (!char.IsLetter(text[0]) || !Enum.TryParse<T>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<T>())}.";
        }

        value = parsed;
        return null;
    }
}
