using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Objectives beside stakeholders, then one slide (or more) per persona.</summary>
internal static class OverviewSlides
{
    public static void AddObjectives(DeckBuilder deck, PreparedReport report)
    {
        ColumnSlides.AddParallel(deck, "Objectives and stakeholders", $"Why we met and who has a stake.\n{report.FacilitatorNotes}", [
            new SlideColumn("Objectives", ColumnSlides.BulletsOrNone(report.Objectives, DeckGeometry.Bullet, "No objectives recorded."), DeckTheme.Mist, DeckTheme.Navy),
            new SlideColumn("Stakeholders", ColumnSlides.BulletsOrNone(report.Stakeholders, DeckGeometry.Bullet, "No stakeholders recorded."), DeckTheme.Mist, DeckTheme.Navy),
        ]);
    }

    public static void AddPersonas(DeckBuilder deck, PreparedReport report)
    {
        foreach (var persona in report.Personas)
        {
            var blocks = new List<TextBlock>();
            Section(blocks, "Goals", persona.Goals);
            Section(blocks, "Motivations", persona.Motivations);
            Section(blocks, "Challenges", persona.Challenges);
            Section(blocks, "Life context", persona.LifeContext.Length > 0 ? [persona.LifeContext] : []);
            ColumnSlides.AddFlowing(deck, $"Persona: {persona.Name}", $"Introduce {persona.Name}: who they are and what they need from the service.", blocks, 2, "Persona");
        }
    }

    private static void Section(List<TextBlock> blocks, string heading, IReadOnlyList<string> entries)
    {
        blocks.Add(new TextBlock(heading, DeckGeometry.Heading));
        blocks.AddRange(ColumnSlides.BulletsOrNone(entries, DeckGeometry.Bullet, "None recorded."));
    }
}
