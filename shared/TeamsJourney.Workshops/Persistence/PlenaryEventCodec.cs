using System.Text.Json;
using TeamsJourney.Storage;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>Turns second-half events into stored envelopes and back; the type name is the record's name.</summary>
internal static class PlenaryEventCodec
{
    private static readonly Dictionary<string, Type> TypesByName = new[]
    {
        typeof(ClustersChanged), typeof(ClusterChangeUndone), typeof(StageLinedUp), typeof(InitiativesChanged),
        typeof(InitiativeMergeUndone), typeof(DotsPerPersonSet), typeof(VersionFrozen),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Every stored second-half event type.</summary>
    public static IReadOnlyCollection<Type> Types => TypesByName.Values;

    public static NewEvent Encode(PlenaryEvent plenaryEvent)
    {
        ArgumentNullException.ThrowIfNull(plenaryEvent);
        var type = plenaryEvent.GetType();
        return new NewEvent(type.Name, JsonSerializer.Serialize(plenaryEvent, type, StoredEventJsonContext.Default), plenaryEvent.ActorId, plenaryEvent.OccurredAt);
    }

    /// <exception cref="StoredEventFormatException">The envelope names an unknown type or its data does not fit it.</exception>
    public static PlenaryEvent Decode(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!TypesByName.TryGetValue(stored.Type, out var type))
        {
            throw new StoredEventFormatException(stored, "unknown event type");
        }

        try
        {
            return JsonSerializer.Deserialize(stored.Data, type, StoredEventJsonContext.Default) as PlenaryEvent
                ?? throw new StoredEventFormatException(stored, "the data is null");
        }
        catch (JsonException ex)
        {
            throw new StoredEventFormatException(stored, ex.Message, ex);
        }
    }
}
