using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;
using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Preparation;

public sealed class ReportValidationTests
{
    [Fact]
    public void Emotion_outside_minus_two_to_plus_two_is_refused_naming_the_stage()
    {
        var report = WithGroup(g => g with { Stages = [g.Stages[0] with { Emotion = 3 }, .. g.Stages.Skip(1)] });

        var error = Refused(report);

        Assert.Contains(error.Problems, p => p.Contains(report.Groups[0].Stages[0].Name, StringComparison.Ordinal) && p.Contains("emotion 3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_in_an_unknown_stage_is_refused()
    {
        var report = WithGroup(g => g with { Items = [g.Items[0] with { Stage = "Nowhere" }, .. g.Items.Skip(1)] });

        Assert.Contains(Refused(report).Problems, p => p.Contains("'Nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_initiative_linking_something_other_than_a_pain_point_is_refused()
    {
        var report = WithGroup(g => g with { Initiatives = [g.Initiatives[0] with { PainPointIds = [g.Items.First(i => i.Lane != Lane.PainPoint).Id] }] });

        Assert.Contains(Refused(report).Problems, p => p.Contains("not a pain point", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 6)]
    public void Impact_and_effort_must_be_one_to_five(int impact, int effort)
    {
        var report = WithGroup(g => g with { Initiatives = [g.Initiatives[0] with { Impact = impact, Effort = effort }] });

        Assert.Contains(Refused(report).Problems, p => p.Contains("impact and effort from 1 to 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_item_ids_are_refused()
    {
        var report = WithGroup(g => g with { Items = [.. g.Items, g.Items[0]] });

        Assert.Contains(Refused(report).Problems, p => p.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stage_name_too_long_for_a_column_header_is_refused_with_the_limit()
    {
        var report = WithGroup(g => g with
        {
            Stages = [g.Stages[0] with { Name = new string('s', 500) }, .. g.Stages.Skip(1)],
            Items = [.. g.Items.Select(i => i.Stage == g.Stages[0].Name ? i with { Stage = new string('s', 500) } : i)],
        });

        Assert.Contains(Refused(report).Problems, p => p.Contains("the limit is 120", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_lists_are_refused_with_a_message_not_a_crash()
    {
        var report = Reports.Small() with { Groups = null! };

        Assert.Single(Refused(report).Problems);
    }

    [Theory]
    [InlineData(DocumentKind.Deck)]
    [InlineData(DocumentKind.Report)]
    public void Nothing_is_written_for_an_invalid_report(DocumentKind kind)
    {
        var report = WithGroup(g => g with { Stages = [g.Stages[0] with { Emotion = -5 }, .. g.Stages.Skip(1)] });
        using var output = new MemoryStream();

        Assert.Throws<InvalidWorkshopReportException>(() => Generate.Writer(kind).Write(report, output));
        Assert.Equal(0, output.Length);
    }

    private static WorkshopReport WithGroup(Func<JourneyGroup, JourneyGroup> change)
    {
        var report = Reports.Small();
        return report with { Groups = [change(report.Groups[0])] };
    }

    private static InvalidWorkshopReportException Refused(WorkshopReport report) =>
        Assert.Throws<InvalidWorkshopReportException>(() => ReportPreparer.Prepare(report));
}
