namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>
/// Headless LibreOffice and poppler, installed once if missing (Debian packages, as root), with a private profile so
/// parallel runs do not fight over the user's settings. Output lands in bin/.../artifacts/rendering for people to look at.
/// </summary>
internal sealed class LibreOfficeFixture : IDisposable
{
    private readonly string _profile;

    public LibreOfficeFixture()
    {
        LibreOfficeInstallation.EnsureInstalled();
        _profile = Directory.CreateTempSubdirectory("teamsjourney-lo-").FullName;
        ArtifactsDirectory = Path.Combine(AppContext.BaseDirectory, "artifacts", "rendering");
        if (Directory.Exists(ArtifactsDirectory))
        {
            Directory.Delete(ArtifactsDirectory, recursive: true);
        }

        Directory.CreateDirectory(ArtifactsDirectory);
    }

    public string ArtifactsDirectory { get; }

    /// <summary>Saves the document, converts it to PDF and PNG pages, and reads the PDF back.</summary>
    public RenderedDocument Render(string name, string extension, byte[] file)
    {
        var source = Path.Combine(ArtifactsDirectory, name + extension);
        File.WriteAllBytes(source, file);
        ProcessRunner.Run("soffice", [$"-env:UserInstallation=file://{_profile}", "--headless", "--convert-to", "pdf", "--outdir", ArtifactsDirectory, source], TimeSpan.FromMinutes(4));
        var pdf = Path.Combine(ArtifactsDirectory, name + ".pdf");
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice did not write {pdf}.");
        }

        ProcessRunner.Run("pdftoppm", ["-png", "-r", "60", pdf, Path.Combine(ArtifactsDirectory, name)], TimeSpan.FromMinutes(2));
        var bbox = ProcessRunner.Run("pdftotext", ["-bbox", pdf, "-"], TimeSpan.FromMinutes(1));
        var pngs = Directory.GetFiles(ArtifactsDirectory, name + "-*.png").Order(StringComparer.Ordinal).ToList();
        return new RenderedDocument(pdf, PdfWords.Parse(bbox), pngs);
    }

    public void Dispose() => Directory.Delete(_profile, recursive: true);
}
