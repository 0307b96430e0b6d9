namespace TeamsJourney.Documents.Tests.Rendering;

/// <summary>
/// Headless LibreOffice and poppler, installed once if missing (Debian packages, as root), with a private profile so
/// parallel runs do not fight over the user's settings. Output lands in bin/.../artifacts/rendering for people to look at.
/// </summary>
internal sealed class LibreOfficeFixture : IDisposable
{
    private static readonly string[] Packages = ["libreoffice-impress", "libreoffice-writer", "poppler-utils"];
    private readonly string _profile;

    public LibreOfficeFixture()
    {
        EnsureInstalled();
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
        ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{_profile}", "--headless", "--convert-to", "pdf", "--outdir", ArtifactsDirectory, source], TimeSpan.FromMinutes(4));
        var pdf = Path.Combine(ArtifactsDirectory, name + ".pdf");
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice did not write {pdf}.");
        }

        ExternalTool.Run("pdftoppm", ["-png", "-r", "60", pdf, Path.Combine(ArtifactsDirectory, name)], TimeSpan.FromMinutes(2));
        var bbox = ExternalTool.Run("pdftotext", ["-bbox", pdf, "-"], TimeSpan.FromMinutes(1));
        var pngs = Directory.GetFiles(ArtifactsDirectory, name + "-*.png").Order(StringComparer.Ordinal).ToList();
        return new RenderedDocument(pdf, PdfWords.Parse(bbox), pngs);
    }

    public void Dispose() => Directory.Delete(_profile, recursive: true);

    private static void EnsureInstalled()
    {
        if (ExternalTool.IsOnPath("soffice") && ExternalTool.IsOnPath("pdftoppm") && ExternalTool.IsOnPath("pdftotext"))
        {
            return;
        }

        ExternalTool.Run("apt-get", ["update"], TimeSpan.FromMinutes(5));
        string[] install = ["install", "-y", "--no-install-recommends", .. Packages];
        try
        {
            ExternalTool.Run("apt-get", install, TimeSpan.FromMinutes(10));
        }
        catch (InvalidOperationException)
        {
            // apt fails mid-install when another install holds the lock; one retry is what the project scripts do too.
            ExternalTool.Run("apt-get", install, TimeSpan.FromMinutes(10));
        }
    }
}
