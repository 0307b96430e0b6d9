using TeamsJourney.Documents.FromDomain;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;
using TeamsJourney.Domain.Scenarios;
using DomainEvidenceKind = TeamsJourney.Domain.Maps.EvidenceKind;
using TouchpointChannel = TeamsJourney.Domain.Maps.TouchpointChannel;

namespace TeamsJourney.Documents.Tests.FromDomain;

public sealed class WorkshopReportMapperTests
{
    private static readonly DateOnly On = new(2026, 3, 14);

    private static (IReadOnlyList<ScenarioWalk> Walks, WorkshopReport Report) Mapped(string? notes = null)
    {
        var walks = SampleWorkshops.Walks();
        return (walks, WorkshopReportMapper.Map(SampleWorkshops.Workshop(), SampleWorkshops.Sessions(walks), On, notes));
    }

    [Fact]
    public void Map_copies_title_objectives_stakeholders_and_date()
    {
        var (_, report) = Mapped();
        var workshop = SampleWorkshops.Workshop();

        Assert.Equal((workshop.Title, On), (report.Title, report.GeneratedOn));
        Assert.Equal(workshop.Objectives, report.Objectives);
        Assert.Equal(workshop.Stakeholders, report.Stakeholders);
    }

    [Fact]
    public void Map_turns_stage_ids_into_names_keeping_order_and_emotion()
    {
        var (walks, report) = Mapped();
        var domainStages = walks[0].Session.Map.Stages;

        Assert.Equal(domainStages.Select(s => (s.Name, s.Order, s.Emotion)), report.Groups[0].Stages.Select(s => (s.Name, s.Order, s.Emotion)));
    }

    [Fact]
    public void Map_puts_every_item_in_the_same_lane_under_its_stage_name()
    {
        var (walks, report) = Mapped();
        var map = walks[0].Session.Map;

        Assert.Equal(
            map.Items.Select(i => (i.Id, map.FindStage(i.StageId)!.Name, i.Lane, i.Text)),
            report.Groups[0].Items.Select(i => (i.Id, i.Stage, i.Lane, i.Text)));
    }

    [Fact]
    public void Map_carries_fact_and_assumption_evidence_with_its_source()
    {
        var (walks, report) = Mapped();
        var domainItem = walks[0].Session.Map.Items.First(i => i.Evidence?.Kind == DomainEvidenceKind.Fact);

        Assert.Equal(new Evidence(EvidenceKind.Fact, "Contact centre data"), report.Groups[0].Items.Single(i => i.Id == domainItem.Id).Evidence);
        Assert.Contains(report.Groups[0].Items, i => i.Evidence == new Evidence(EvidenceKind.Assumption, null));
    }

    [Fact]
    public void Map_leaves_evidence_empty_where_none_was_recorded()
    {
        var (_, report) = Mapped();

        Assert.NotEmpty(report.Groups[1].Items);
        Assert.All(report.Groups[1].Items, item => Assert.Null(item.Evidence));
    }

    [Fact]
    public void Map_writes_channels_as_readable_labels()
    {
        var (_, report) = Mapped();

        var touchpoints = report.Groups[0].Items.Where(i => i.Lane == Lane.Touchpoint).ToList();

        Assert.NotEmpty(touchpoints);
        Assert.All(touchpoints, t => Assert.Equal("Social media", t.Channel));
        Assert.All(report.Groups[0].Items.Where(i => i.Lane != Lane.Touchpoint), i => Assert.Null(i.Channel));
    }

    [Theory]
    [InlineData(TouchpointChannel.InPerson, "In person")]
    [InlineData(TouchpointChannel.Email, "Email")]
    [InlineData(TouchpointChannel.SocialMedia, "Social media")]
    public void ChannelLabel_reads_like_a_word_not_an_enum_name(TouchpointChannel channel, string label) =>
        Assert.Equal(label, WorkshopReportMapper.ChannelLabel(channel));

    [Fact]
    public void Map_keeps_lanes_a_group_skipped_empty()
    {
        var (walks, report) = Mapped();
        var skippedStage = walks[1].Session.Map.Stages.First(s => s.Order % 2 == 1);

        Assert.DoesNotContain(report.Groups[1].Items, i => i.Stage == skippedStage.Name);
        Assert.Null(report.Groups[1].Stages.Single(s => s.Name == skippedStage.Name).Emotion);
    }

    [Fact]
    public void Map_keeps_unrated_initiatives_unrated_with_their_votes()
    {
        var (_, report) = Mapped();

        Assert.All(report.Groups[1].Initiatives, i => Assert.False(i.IsRated));
        Assert.Equal(2, report.Groups[1].Initiatives.Max(i => i.Votes));
        Assert.All(report.Groups[0].Initiatives, i => Assert.Equal((4, 2), (i.Impact!.Value, i.Effort!.Value)));
    }

    [Fact]
    public void Map_links_initiatives_to_the_pain_point_item_ids()
    {
        var (walks, report) = Mapped();

        Assert.Equal(walks[0].Session.Map.Initiatives[0].PainPointIds, report.Groups[0].Initiatives[0].PainPointIds);
        Assert.NotEmpty(report.Groups[0].Initiatives[0].PainPointIds);
    }

    [Fact]
    public void Map_makes_one_persona_per_group_named_by_the_group_when_unnamed()
    {
        var (_, report) = Mapped();

        Assert.Equal([$"{SampleWorkshops.ThoroughGroup} Name answer", $"Persona of {SampleWorkshops.SkippingGroup}"], report.Personas.Select(p => p.Name));
    }

    [Fact]
    public void Map_without_notes_writes_them_from_the_objectives_and_each_groups_scenario()
    {
        var (walks, report) = Mapped();

        Assert.Contains(SampleWorkshops.Workshop().Objectives[0], report.FacilitatorNotes, StringComparison.Ordinal);
        Assert.All(walks, w => Assert.Contains($"{w.Session.GroupName} followed \"{w.Session.Script.Title}\"", report.FacilitatorNotes, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_default_notes_say_which_group_had_not_finished()
    {
        var unfinished = ScenarioWalk.Walk(ScenarioWalk.Script("blue-badge-application"), "Group C", WalkStyle.Thorough, stopBefore: StepKind.Voting);

        var report = WorkshopReportMapper.Map(SampleWorkshops.Workshop(), [unfinished.Session], On);

        Assert.Contains("Group C followed", report.FacilitatorNotes, StringComparison.Ordinal);
        Assert.Contains("had not finished the scenario", report.FacilitatorNotes, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_uses_the_facilitators_own_notes_verbatim()
    {
        var (_, report) = Mapped("Residents' panel joined for the last hour.");

        Assert.Equal("Residents' panel joined for the last hour.", report.FacilitatorNotes);
    }

    [Fact]
    public void Map_shortens_names_longer_than_a_slide_title_can_carry()
    {
        var longName = new string('n', 190);
        var walk = ScenarioWalk.Walk(ScenarioWalk.Script("missed-bin-collection"), longName, WalkStyle.Thorough, stopBefore: StepKind.PersonaField);

        var report = WorkshopReportMapper.Map(SampleWorkshops.Workshop(), [walk.Session], On);

        Assert.Equal(120, report.Groups[0].Name.Length);
        Assert.EndsWith("…", report.Groups[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_refuses_a_null_session_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentNullException>(() => WorkshopReportMapper.Map(SampleWorkshops.Workshop(), [null!], On));

        Assert.Contains("Group session 1", error.Message, StringComparison.Ordinal);
    }
}
