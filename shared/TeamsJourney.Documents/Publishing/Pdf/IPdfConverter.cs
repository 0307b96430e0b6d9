namespace TeamsJourney.Documents.Publishing.Pdf;

/// <summary>Turns a stored Office file into a PDF copy for people without Office.</summary>
public interface IPdfConverter
{
    /// <summary>Converts the file at <paramref name="sourcePath"/> and returns the path of the PDF it wrote into <paramref name="outputFolder"/>.</summary>
    /// <exception cref="PdfConversionException">The converter failed, timed out or wrote no PDF.</exception>
    Task<string> ConvertAsync(string sourcePath, string outputFolder, CancellationToken ct = default);
}

/// <summary>A PDF copy could not be made; the original document is unaffected.</summary>
public sealed class PdfConversionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfConversionException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PdfConversionException()
        : this("The PDF copy could not be made.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public PdfConversionException(string message)
        : this(message, null)
    {
    }
}
