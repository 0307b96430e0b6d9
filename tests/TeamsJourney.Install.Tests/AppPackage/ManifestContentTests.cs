using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsJourney.Install.Tests.Fixtures;

namespace TeamsJourney.Install.Tests.AppPackage;

/// <summary>What the filled manifest offers Teams and Office: the bot, the tab, meetings, SSO and the add-in.</summary>
public sealed partial class ManifestContentTests(SamplePackage package) : IClassFixture<SamplePackage>
{
    private JsonObject Manifest => package.Manifest;

    [Fact]
    public void The_manifest_uses_schema_v1_30_and_the_app_id_from_the_env_file()
    {
        Assert.Equal("1.30", (string?)Manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", (string?)Manifest["$schema"]);
        Assert.Equal(SamplePackage.TeamsAppId, (string?)Manifest["id"]);
        Assert.Equal("TeamsJourney (sample)", (string?)Manifest["name"]!["short"]);
    }

    [Fact]
    public void The_bot_is_offered_in_personal_chats_teams_and_group_chats()
    {
        var bot = Manifest["bots"]!.AsArray().Single()!;

        Assert.Equal(SamplePackage.BotId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], Strings(bot["scopes"]));
        Assert.Equal(["personal", "team", "groupChat"], bot["commandLists"]!.AsArray().SelectMany(list => Strings(list!["scopes"])));
    }

    [Fact]
    public void Every_command_the_bot_lists_is_one_the_bot_understands()
    {
        var understood = UnderstoodCommands();
        var listed = Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray().Select(c => (string)c!["title"]!))
            .Distinct()
            .ToList();

        Assert.All(listed, title => Assert.Contains(title, understood));
        Assert.Superset(
            new HashSet<string> { "help", "scenarios", "start", "status", "next", "back", "skip", "finish stage", "pause", "resume", "advance all", "load scenario", "generate documents" },
            listed.ToHashSet());
    }

    [Fact]
    public void The_tab_is_configurable_in_channels_chats_and_meetings_from_the_hosts_config_page()
    {
        var tab = Manifest["configurableTabs"]!.AsArray().Single()!;

        Assert.Equal($"https://{SamplePackage.TabDomain}/tab/config.html", (string?)tab["configurationUrl"]);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.TabsWeb, "src", "config.html")), "the host serves tabs/web's config.html at /tab/config.html");
        Assert.Equal(["team", "groupChat"], Strings(tab["scopes"]));
        Assert.Equal(["channelTab", "privateChatTab", "meetingChatTab", "meetingSidePanel", "meetingStage"], Strings(tab["context"]));
        Assert.Equal("tier1", (string?)Manifest["supportsChannelFeatures"]);
    }

    [Fact]
    public void Sharing_to_the_meeting_stage_is_granted_by_resource_specific_consent()
    {
        var permissions = Manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => ((string)p!["name"]!, (string)p["type"]!));

        Assert.Equal([("MeetingStage.Write.Chat", "Delegated"), ("ChannelMeetingStage.Write.Group", "Delegated")], permissions);
    }

    [Fact]
    public void Sign_in_uses_the_sso_app_exposed_on_the_hosts_domain()
    {
        Assert.Equal(SamplePackage.SsoClientId, (string?)Manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://{SamplePackage.TabDomain}/{SamplePackage.SsoClientId}", (string?)Manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public void Only_the_hosts_own_domain_is_valid_and_no_wildcard_is_listed()
    {
        Assert.Equal([SamplePackage.TabDomain], Strings(Manifest["validDomains"]));
    }

    [Fact]
    public void The_office_add_in_opens_the_hosts_task_pane_from_a_ribbon_button_in_Word_and_PowerPoint()
    {
        var extension = Manifest["extensions"]!.AsArray().Single()!;
        var runtime = extension["runtimes"]!.AsArray().Single()!;
        var openPane = runtime["actions"]!.AsArray().Single()!;

        Assert.Equal(["document", "presentation"], Strings(extension["requirements"]!["scopes"]));
        Assert.Equal($"https://{SamplePackage.TabDomain}/tab/addin/taskpane.html", (string?)runtime["code"]!["page"]);
        Assert.Equal("openPage", (string?)openPane["type"]);
        var ribbonHosts = extension["ribbons"]!.AsArray().Select(ribbon =>
        {
            var button = ribbon!["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
            Assert.Equal("button", (string?)button["type"]);
            Assert.Equal((string?)openPane["id"], (string?)button["actionId"]);
            Assert.Equal([16, 32, 80], button["icons"]!.AsArray().Select(i => (int)i!["size"]!));
            return Strings(ribbon["requirements"]!["scopes"]).Single();
        });
        Assert.Equal(["presentation", "document"], ribbonHosts);
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    // The keywords TextCommandParser reads ("help", "start <scenario>", "load scenario ..."), from its source.
    private static HashSet<string> UnderstoodCommands()
    {
        var parser = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "bot", "TeamsJourney.Bot", "Conversations", "TextCommandParser.cs"));
        var keywords = KeywordEntry().Matches(parser).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("help", keywords);
        keywords.Add(LoadScenarioKeyword().Match(parser).Groups[1].Value);
        if (parser.Contains("StartsWith(\"start \"", StringComparison.Ordinal))
        {
            keywords.Add("start");
        }

        return keywords;
    }

    [GeneratedRegex("""\["([^"]+)"\]\s*=\s*new TextCommand""")]
    private static partial Regex KeywordEntry();

    [GeneratedRegex("""LoadScenarioKeyword\s*=\s*"([^"]+)";""")]
    private static partial Regex LoadScenarioKeyword();
}
