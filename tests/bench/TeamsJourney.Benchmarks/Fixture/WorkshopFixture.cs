using System.Text.Json.Serialization;

namespace TeamsJourney.Benchmarks.Fixture;

/// <summary>The JSON written by peers/make-fixture.js: one workshop, its groups, stages and lane items.</summary>
internal sealed record WorkshopFixture(string Title, string Objectives, IReadOnlyList<FixtureGroup> Groups);

/// <summary>A breakout group of the fixture with its one persona.</summary>
internal sealed record FixtureGroup(string Name, FixturePersona Persona, IReadOnlyList<FixtureStage> Stages);

/// <summary>The fixture's persona: each field is one run of words.</summary>
internal sealed record FixturePersona(string Name, string Goals, string Motivations, string Challenges, string Context);

/// <summary>A journey stage with its emotion score (-2..2) and the items placed in it.</summary>
internal sealed record FixtureStage(string Name, int Emotion, IReadOnlyList<FixtureItem> Items);

/// <summary>One sticky note: its lane name, text and "fact" or "assumption".</summary>
internal sealed record FixtureItem(string Lane, string Text, string Evidence);

/// <summary>Source-generated reader, so the child process spends no time on reflection before the clock starts.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WorkshopFixture))]
internal sealed partial class FixtureJsonContext : JsonSerializerContext;
