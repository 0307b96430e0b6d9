using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Scenarios.ScriptFormat;

/// <summary>
/// Turns a parsed script document into a <see cref="ScenarioScript"/>, checking shape and
/// meaning (unique ids, allowed lanes) and reporting every problem with its line and field.
/// The rules mirror scenario-script.schema.json; the README documents both.
/// </summary>
internal static partial class ScenarioScriptReader
{
    public const int MaxIdLength = 64;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 2_000;
    public const int MaxPromptLength = 1_000;
    public const int MaxListEntries = 20;
    public const int MaxListEntryLength = 500;

    public static ScenarioScript? Read(ScriptNode root, List<ScenarioLoadError> errors)
    {
        var doc = ScriptObjectReader.For(root, errors);
        if (doc is null)
        {
            return null;
        }

        // Editors add "$schema" to offer completion while a script is written.
        doc.Allow("$schema");
        var formatVersion = doc.Integer("formatVersion", required: true, 1, int.MaxValue);
        if (formatVersion is { } format && format != ScenarioScript.CurrentFormatVersion)
        {
            doc.Error(root.Property("formatVersion")!, $"format version {format} is not supported; this version reads format {ScenarioScript.CurrentFormatVersion}");
            return null;
        }

        var id = Slug(doc, "id");
        var version = doc.Integer("version", required: true, 1, 1_000_000);
        var title = doc.String("title", required: true, MaxTitleLength);
        var summary = doc.String("summary", required: true, MaxSummaryLength);
        var objectives = doc.Strings("objectives", MaxListEntries, MaxListEntryLength);
        var stakeholders = doc.Strings("stakeholders", MaxListEntries, MaxListEntryLength);
        var persona = ReadPersona(doc.Object("persona", required: true));
        var stages = ReadStages(doc);
        var emotion = ReadPrompt(doc.Object("emotion", required: false));
        var blueprint = ReadBlueprint(doc.Object("blueprint", required: false));
        var initiatives = ReadInitiatives(doc.Object("initiatives", required: true));
        var review = ReadPrompt(doc.Object("review", required: false))
            ?? new PromptText("Look back over your map and initiatives. Is anything missing before you finish?", "Select Finish when the group is happy.");
        var mvp = ReadMvp(doc.Object("mvp", required: false), persona, blueprint);
        doc.ReportUnknownFields();

        return errors.Count > 0
            ? null
            : new ScenarioScript(id!, version!.Value, title!, summary!, objectives, stakeholders, persona!, stages!, emotion, blueprint, initiatives!, review, mvp);
    }

    private static PersonaScript? ReadPersona(ScriptObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var suggestedName = reader.String("suggestedName", required: false, MaxTitleLength);
        var description = reader.String("description", required: false, MaxSummaryLength);
        var prompts = ReadEach(reader, "prompts", 1, Enum.GetValues<PersonaField>().Length, item =>
        {
            var field = ScriptNames.Read(item, "field", ScriptNames.PersonaFields, Enum.GetValues<PersonaField>());
            var text = ReadPromptFields(item);
            return field is null || text is null ? null : new PersonaPrompt(field.Value, text);
        });
        RequireUnique(reader, "prompts", prompts, p => p.Field.ToString(), "field");
        reader.ReportUnknownFields();
        return prompts is null ? null : new PersonaScript(suggestedName, description, prompts);
    }

    private static List<StageScript>? ReadStages(ScriptObjectReader doc)
    {
        var stages = ReadEach(doc, "stages", ScenarioScript.MinStages, ScenarioScript.MaxStages, item =>
        {
            var id = Slug(item, "id");
            var name = item.String("name", required: true, MaxTitleLength);
            var description = item.String("description", required: false, MaxSummaryLength);
            var prompts = ReadLanePrompts(item, LaneCatalog.CapturedIn(MapSection.Journey));
            return id is null || name is null || prompts is null ? null : new StageScript(id, name, description, prompts);
        });
        RequireUnique(doc, "stages", stages, s => s.Id, "id");
        return stages;
    }

    private static BlueprintScript? ReadBlueprint(ScriptObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var prompts = ReadLanePrompts(reader, LaneCatalog.CapturedIn(MapSection.Blueprint));
        reader.ReportUnknownFields();
        return prompts is null ? null : new BlueprintScript(prompts);
    }

    private static List<LanePrompt>? ReadLanePrompts(ScriptObjectReader owner, IReadOnlyList<Lane> allowed)
    {
        var prompts = ReadEach(owner, "prompts", 1, allowed.Count, item =>
        {
            var lane = ScriptNames.Read(item, "lane", ScriptNames.Lanes, [.. allowed]);
            var text = ReadPromptFields(item);
            return lane is null || text is null ? null : new LanePrompt(lane.Value, text);
        });
        RequireUnique(owner, "prompts", prompts, p => p.Lane.ToString(), "lane");
        return prompts;
    }

    private static InitiativesScript? ReadInitiatives(ScriptObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var ideas = ReadPrompt(reader.Object("ideas", required: true));
        var votingReader = reader.Object("voting", required: true);
        VotingScript? voting = null;
        if (votingReader is not null)
        {
            var dots = votingReader.Integer("dotsPerPerson", required: false, 1, VotingScript.MaxDotsPerPerson) ?? VotingScript.DefaultDotsPerPerson;
            var text = ReadPromptFields(votingReader);
            votingReader.ReportUnknownFields();
            voting = text is null ? null : new VotingScript(dots, text);
        }

        var impactEffort = ReadPrompt(reader.Object("impactEffort", required: false));
        reader.ReportUnknownFields();
        return ideas is null || voting is null ? null : new InitiativesScript(ideas, voting, impactEffort);
    }

    private static PromptText? ReadPrompt(ScriptObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var text = ReadPromptFields(reader);
        reader.ReportUnknownFields();
        return text;
    }

    /// <summary>Reads question/hint/example; the caller reports unknown fields once it has read its own.</summary>
    private static PromptText? ReadPromptFields(ScriptObjectReader reader)
    {
        var question = reader.String("question", required: true, MaxPromptLength);
        var hint = reader.String("hint", required: false, MaxPromptLength);
        var example = reader.String("example", required: false, MaxPromptLength);
        return question is null ? null : new PromptText(question, hint, example);
    }
}
