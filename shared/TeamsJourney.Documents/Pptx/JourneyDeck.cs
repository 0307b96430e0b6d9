using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Writes the workshop deck a service director can present: a summary slide, then personas and, per group, the
/// journey map and service blueprint drawn like the tab as native editable shapes and the initiatives with their
/// action plan; the detail behind them in an appendix. Speaker notes on every slide, alt text on every drawing.
/// </summary>
public sealed class JourneyDeck : IDocumentWriter
{
    /// <inheritdoc />
    public string ContentType => "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <inheritdoc />
    public string FileExtension => ".pptx";

    /// <inheritdoc />
    public void Write(WorkshopReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var prepared = ReportPreparer.Prepare(report);
        PackageOutput.Write(output, target =>
        {
            using var document = PresentationDocument.Create(target, DocumentFormat.OpenXml.PresentationDocumentType.Presentation);
            // Fast deflate: the files shrink almost as much and generation stays well inside its time budget.
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            document.PackageProperties.Title = prepared.Title;
            document.PackageProperties.Subject = "Customer journey mapping workshop";
            document.PackageProperties.Creator = "TeamsJourney";
            document.PackageProperties.Created = prepared.GeneratedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var deck = new DeckBuilder(document.AddPresentationPart());
            AddMain(deck, prepared);
            deck.StartSection(AppendixSlides.Title);
            AppendixSlides.Add(deck, prepared);
            deck.Finish();
        });
    }

    private static void AddMain(DeckBuilder deck, PreparedReport report)
    {
        deck.StartSection("Summary");
        TitleSlide.Add(deck, report);
        SummarySlide.Add(deck, report);
        if (report.Plenary is { ShowsAnything: true } plenary)
        {
            Plenary.PlenarySlides.Add(deck, plenary);
        }

        if (report.Personas.Any(p => !p.IsBlank))
        {
            deck.StartSection("Personas");
            foreach (var persona in report.Personas.Where(p => !p.IsBlank))
            {
                PersonaSlides.Add(deck, persona);
            }
        }

        if (report.Plenary is { ShowsMap: true })
        {
            Plenary.GroupDetailDivider.Add(deck, report);
        }

        foreach (var group in report.Groups)
        {
            deck.StartSection(group.Name);
            if (group.ReachedJourneyMap() || group.ReachedEmotion())
            {
                JourneyMapSlides.Add(deck, group);
            }

            if (group.ReachedBlueprint())
            {
                BlueprintSlides.Add(deck, group);
            }

            if (group.ReachedInitiatives())
            {
                InitiativeSlides.Add(deck, group);
            }
        }
    }
}
