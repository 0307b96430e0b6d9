namespace TeamsJourney.Testing.Packages;

/// <summary>Headless LibreOffice (Impress and Writer, without recommends) and poppler's pdftoppm and pdftotext.</summary>
public static class LibreOfficeInstallation
{
    private static readonly string[] Packages = ["libreoffice-impress", "libreoffice-writer", "poppler-utils"];

    public static void EnsureInstalled() => DebianPackages.EnsureInstalled(Packages, ["soffice", "pdftoppm", "pdftotext"], withoutRecommends: true);
}
