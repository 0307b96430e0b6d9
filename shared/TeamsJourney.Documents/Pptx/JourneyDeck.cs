using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TeamsJourney.Documents.Preparation;
using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Writes the workshop deck: a 16:9 PowerPoint file with a real master, titled slides, native tables and an
/// editable emotion chart, speaker notes on every slide and alt text on every table and chart.
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
            using var document = PresentationDocument.Create(target, PresentationDocumentType.Presentation);
            // Fast deflate: the files shrink almost as much and generation stays well inside its time budget.
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            document.PackageProperties.Title = prepared.Title;
            document.PackageProperties.Subject = "Customer journey mapping workshop";
            document.PackageProperties.Creator = "TeamsJourney";
            document.PackageProperties.Created = prepared.GeneratedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var deck = new DeckBuilder(document.AddPresentationPart());
            TitleSlide.Add(deck, prepared);
            OverviewSlides.AddObjectives(deck, prepared);
            OverviewSlides.AddPersonas(deck, prepared);
            foreach (var group in prepared.Groups)
            {
                JourneyMapSlides.Add(deck, group);
                EmotionChart.Add(deck, group);
                PainPointSlides.Add(deck, group);
                BlueprintSlides.Add(deck, group);
                InitiativeSlides.Add(deck, group);
            }

            EvidenceAppendix.Add(deck, prepared);
            deck.Finish();
        });
    }
}
