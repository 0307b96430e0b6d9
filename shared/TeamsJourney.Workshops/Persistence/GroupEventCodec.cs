using TeamsJourney.Storage;
using System.Text.Json;
using TeamsJourney.Domain.Facilitation.Events;

namespace TeamsJourney.Workshops.Persistence;

/// <summary>
/// Turns domain events into stored envelopes and back. The type name is the event's class name, which
/// the domain keeps stable (<see cref="DomainEventTypes"/>); the data is the event's JSON.
/// </summary>
internal static class GroupEventCodec
{
    private static readonly Dictionary<string, Type> TypesByName =
        DomainEventTypes.All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The envelope to append for a domain event.</summary>
    public static NewEvent Encode(GroupEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        if (!TypesByName.ContainsKey(type.Name))
        {
            throw new ArgumentException($"{type.Name} is not a registered domain event type.", nameof(domainEvent));
        }

        return new NewEvent(type.Name, JsonSerializer.Serialize(domainEvent, type, StoredEventJsonContext.Default), domainEvent.Actor.UserId, domainEvent.OccurredAt);
    }

    /// <summary>The domain event a stored envelope holds.</summary>
    /// <exception cref="StoredEventFormatException">The envelope names an unknown type or its data does not fit it.</exception>
    public static GroupEvent Decode(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!TypesByName.TryGetValue(stored.Type, out var type))
        {
            throw new StoredEventFormatException(stored, "unknown event type");
        }

        try
        {
            return JsonSerializer.Deserialize(stored.Data, type, StoredEventJsonContext.Default) as GroupEvent
                ?? throw new StoredEventFormatException(stored, "the data is null");
        }
        catch (JsonException ex)
        {
            throw new StoredEventFormatException(stored, ex.Message, ex);
        }
    }
}
