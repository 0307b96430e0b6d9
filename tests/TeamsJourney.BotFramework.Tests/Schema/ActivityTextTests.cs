using System.Text.Json;
using TeamsJourney.BotFramework.Schema;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Schema;

public sealed class ActivityTextTests
{
    [Fact]
    public void Bot_mention_is_stripped_and_text_trimmed()
    {
        var activity = AMessage("<at>TeamsJourney</at>&nbsp;start workshop\r\n").Mentioning(BotId, "<at>TeamsJourney</at>");

        Assert.Equal("start workshop", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Mentions_of_other_people_are_kept()
    {
        var activity = AMessage("<at>TeamsJourney</at> invite <at>Grace</at>")
            .Mentioning(BotId, "<at>TeamsJourney</at>")
            .Mentioning("29:grace", "<at>Grace</at>");

        Assert.Equal("invite Grace", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Null_entities_and_a_mention_whose_id_is_an_array_are_skipped()
    {
        var activity = ActivityParser.TryParse("""
            { "type": "message", "text": "<at>TeamsJourney</at> help", "recipient": { "id": "28:bot" },
              "entities": [ null, { "type": "mention", "text": "<at>TeamsJourney</at>", "mentioned": { "id": ["28:bot"] } },
                            { "type": "mention", "text": "<at>TeamsJourney</at>", "mentioned": { "id": "28:bot" } } ] }
            """u8).Activity!;

        Assert.Single(activity.GetMentions());
        Assert.Equal("help", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Html_entities_are_decoded()
    {
        var activity = AMessage("Fish &amp; chips &lt;3");

        Assert.Equal("Fish & chips <3", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Html_typed_by_the_user_as_text_stays_literal()
    {
        var activity = AMessage("&lt;b&gt;bold&lt;/b&gt;");

        Assert.Equal("<b>bold</b>", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Leftover_simple_tags_are_removed()
    {
        var activity = AMessage("<p>report a <strong>missed</strong> bin</p>");

        Assert.Equal("report a missed bin", activity.GetTextWithoutMention());
    }

    [Fact]
    public void No_break_spaces_and_line_breaks_around_the_text_are_trimmed()
    {
        var activity = AMessage("\u00A0\r\n  next \u00A0\n");

        Assert.Equal("next", activity.GetTextWithoutMention());
    }

    [Fact]
    public void Missing_text_yields_empty_text()
    {
        var activity = AMessage();
        activity.Text = null;

        Assert.Equal(string.Empty, activity.GetTextWithoutMention());
    }

    [Fact]
    public void Mention_entity_without_mentioned_account_is_ignored()
    {
        var activity = AMessage("hi");
        activity.Entities = [new Entity { Type = "mention", ExtensionData = new Dictionary<string, JsonElement>() }];

        Assert.Empty(activity.GetMentions());
    }
}

internal static class MentionBuilder
{
    public static Activity Mentioning(this Activity activity, string id, string text)
    {
        var entity = JsonSerializer.Deserialize<JsonElement>(
            $$"""{ "mentioned": { "id": "{{id}}", "name": "x" }, "text": "{{text}}" }""");
        activity.Entities ??= [];
        activity.Entities.Add(new Entity
        {
            Type = "mention",
            ExtensionData = entity.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        });
        return activity;
    }
}
