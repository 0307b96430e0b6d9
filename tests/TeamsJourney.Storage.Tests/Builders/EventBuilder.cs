using System.Globalization;
using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Builders;

/// <summary>Builds events to append: <c>AnEvent().OfType("NoteAdded").WithData("{}").Build()</c>.</summary>
internal sealed class EventBuilder
{
    private string _type = "NoteAdded";
    private string _data = """{"text":"The bin was not collected on Tuesday"}""";
    private string? _actorId = "29:1a2b3c";
    private DateTimeOffset _occurredAt = new(2025, 3, 4, 10, 15, 30, 123, TimeSpan.FromHours(1));

    /// <summary>Starts an ordinary note event.</summary>
    public static EventBuilder AnEvent() => new();

    /// <summary><paramref name="count"/> distinct events whose data names their position ("note 1", "note 2", ...).</summary>
    public static IReadOnlyList<NewEvent> Events(int count, string label = "note") =>
        Enumerable.Range(1, count)
            .Select(i => AnEvent().WithText(string.Create(CultureInfo.InvariantCulture, $"{label} {i}")).Build())
            .ToList();

    public EventBuilder OfType(string type)
    {
        _type = type;
        return this;
    }

    public EventBuilder WithData(string data)
    {
        _data = data;
        return this;
    }

    /// <summary>Data of the form {"text":"..."}; the text is not escaped, so keep it free of quotes and backslashes.</summary>
    public EventBuilder WithText(string text) => WithData($$"""{"text":"{{text}}"}""");

    public EventBuilder By(string? actorId)
    {
        _actorId = actorId;
        return this;
    }

    public EventBuilder At(DateTimeOffset occurredAt)
    {
        _occurredAt = occurredAt;
        return this;
    }

    public NewEvent Build() => new(_type, _data, _actorId, _occurredAt);
}
