namespace TeamsJourney.Documents.Publishing.Pdf;

/// <summary>Which documents get a PDF copy, and what it is called.</summary>
internal static class PdfCopies
{
    public const string ContentType = "application/pdf";

    private static readonly HashSet<string> Convertible = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>Decks and reports; anything else (including a PDF) is published as it is.</summary>
    public static bool CanConvert(string contentType) => Convertible.Contains(contentType);

    /// <summary>"Bins - journey map.pptx" becomes "Bins - journey map.pdf", next to the original.</summary>
    public static string NameFor(string storedName) => Path.ChangeExtension(storedName, ".pdf");
}
