using TeamsJourney.Documents.Layout;
using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx;

/// <summary>Appendix: every initiative of a group in full, with its description, scores and the pain points it addresses.</summary>
internal static class InitiativeDetailSlides
{
    public const string Title = "Initiative details";
    private static readonly TextStyle Detail = new(11, 0, 3, Bold: false);
    private static readonly TextStyle Last = new(11, 0, 10, Bold: false);

    public static void Add(DeckBuilder deck, PreparedGroup group)
    {
        var blocks = new List<TextBlock>();
        foreach (var initiative in group.Initiatives)
        {
            blocks.Add(new TextBlock($"{initiative.Rank}. {initiative.Title}", DeckGeometry.SmallHeading));
            blocks.Add(new TextBlock(initiative.Scores, Detail));
            if (initiative.Description.Length > 0)
            {
                blocks.Add(new TextBlock(TextFit.Clip(initiative.Description, PainPointSlides.MaxEntryChars).Text, Detail));
            }

            var addresses = initiative.PainPoints.Count == 0 ? "Addresses no linked pain point." : "Addresses: " + string.Join("; ", initiative.PainPoints.Select(p => TextFit.Clip(p.Text, EvidenceAppendix.MaxChars).Text));
            blocks.Add(new TextBlock(addresses, Last));
        }

        ColumnSlides.AddFlowing(deck, $"{Title}: {group.Name}", $"The initiatives {group.Name} proposed, most votes first, with the pain points each addresses. Long descriptions are shortened here; the report has them in full.", blocks, 2, "Initiatives");
    }
}
