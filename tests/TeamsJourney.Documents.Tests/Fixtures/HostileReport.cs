using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>A report made of <see cref="HostileText"/>: every field a participant can type holds markup, control characters, right-to-left, emoji or very long text.</summary>
internal static class HostileReport
{
    public static WorkshopReport Build()
    {
        var texts = new[] { HostileText.Mixed, HostileText.LongAnswer, HostileText.RightToLeft, HostileText.Emoji, HostileText.Markup, HostileText.UnbrokenAnswer, HostileText.ControlCharacters, HostileText.Arabic };
        var baseline = ReportBuilder.AReport()
            .WithTitle($"Bins {HostileText.Markup} {HostileText.Emoji} {HostileText.RightToLeft}\u0001")
            .WithGroups(2)
            .WithStages(5)
            .WithItemsPerStage(4)
            .WithItemText(n => texts[n % texts.Length])
            .WithFacilitatorNotes($"{HostileText.LongAnswer}\n{HostileText.Mixed}")
            .Build();
        var persona = new Persona($"Persona {HostileText.Emoji} {HostileText.RightToLeft}", [HostileText.LongAnswer, HostileText.Mixed], [HostileText.Markup], [HostileText.ControlCharacters, HostileText.UnbrokenAnswer], HostileText.LongAnswer,
            new PersonaQuote($"{HostileText.Mixed} {HostileText.LongAnswer}", $"{HostileText.Markup} {HostileText.RightToLeft}\u0003"));
        var groups = baseline.Groups
            .Select(g => g with
            {
                Name = $"{g.Name} {HostileText.Markup}",
                Stages = [.. g.Stages.Select(s => s with { Name = $"{s.Name} {HostileText.Emoji}\u0002" })],
                Items = [.. g.Items.Select(i => i with { Stage = $"{i.Stage} {HostileText.Emoji}\u0002", Evidence = i.Evidence is null ? null : i.Evidence with { Source = i.Evidence.Source is null ? null : $"{HostileText.Markup} {HostileText.LoneSurrogates}" } })],
                Initiatives = [.. g.Initiatives.Select(i => i with { Title = $"{i.Title} {HostileText.Markup}", Description = HostileText.LongAnswer, Plan = new ActionPlan(HostileText.Markup, new DateOnly(2026, 6, 30), HostileText.LongAnswer) })],
                Scenario = $"{HostileText.Markup} {HostileText.RightToLeft}\u0004",
            })
            .ToList();
        return baseline with
        {
            Objectives = [HostileText.Mixed, HostileText.LongAnswer],
            Stakeholders = [HostileText.Markup, HostileText.RightToLeft, HostileText.Emoji],
            Personas = [persona],
            Groups = groups,
        };
    }
}
