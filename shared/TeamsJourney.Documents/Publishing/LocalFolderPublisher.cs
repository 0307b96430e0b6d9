using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsJourney.Documents.Publishing.Pdf;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// The embedded default: documents go to <c>&lt;root&gt;/&lt;workshopId&gt;/</c> on local disk and are offered at
/// <c>/documents/&lt;workshopId&gt;/&lt;file&gt;</c>, which the host serves from <see cref="RootPath"/>.
/// </summary>
public sealed class LocalFolderPublisher : IDocumentPublisher, IDocumentEraser
{
    /// <summary>The site-relative path the host serves <see cref="RootPath"/> under.</summary>
    public const string UrlPrefix = "/documents";

    private const int MaxCopyNumber = 9999;
    private readonly IPdfConverter? _pdf;
    private readonly ILogger _logger;

    /// <summary>Publishes under <paramref name="rootPath"/> (made absolute against the current directory).</summary>
    public LocalFolderPublisher(string rootPath)
        : this(rootPath, pdfConverter: null)
    {
    }

    /// <summary>
    /// Publishes under <paramref name="rootPath"/>; with a <paramref name="pdfConverter"/>, every deck and report also
    /// gets a PDF copy beside it. A failed conversion is logged and leaves the document published without one.
    /// </summary>
    public LocalFolderPublisher(string rootPath, IPdfConverter? pdfConverter, ILogger<LocalFolderPublisher>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        _pdf = pdfConverter;
        _logger = logger ?? NullLogger<LocalFolderPublisher>.Instance;
    }

    /// <summary>True when decks and reports also get a PDF copy (a converter was given).</summary>
    public bool MakesPdfCopies => _pdf is not null;

    /// <summary>The absolute folder holding one sub-folder per workshop.</summary>
    public string RootPath { get; }

    /// <summary>The absolute folder a workshop's documents are written to (it may not exist yet).</summary>
    public string GetWorkshopFolder(string workshopId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        return InsideRoot(Path.Combine(RootPath, PublishedFileName.Sanitize(workshopId, fallback: "workshop")));
    }

    /// <inheritdoc />
    public Task<int> EraseWorkshopAsync(string workshopId, CancellationToken ct = default)
    {
        var folder = GetWorkshopFolder(workshopId);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult(0);
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length;
        Directory.Delete(folder, recursive: true);
        return Task.FromResult(files);
    }

    /// <inheritdoc />
    public async Task<PublishedDocument> PublishAsync(DocumentToPublish document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folder = GetWorkshopFolder(document.Destination.WorkshopId);
        Directory.CreateDirectory(folder);

        // Written under a hidden temporary name and moved into place, so a reader never sees half a file and two
        // publishers racing for one name both end up with a complete file of their own.
        var partialPath = InsideRoot(Path.Combine(folder, $".{Guid.NewGuid():N}.partial"));
        try
        {
            var (size, sha256) = await WriteAsync(document, partialPath, ct);
            var storedName = MoveToFreeName(partialPath, folder, PublishedFileName.Sanitize(document.FileName));
            var pdf = _pdf is not null && PdfCopies.CanConvert(document.ContentType)
                ? await StorePdfCopyAsync(folder, storedName, document.Destination.WorkshopId, ct)
                : null;
            return Published(folder, storedName, size, sha256) with { PdfCopy = pdf };
        }
        finally
        {
            File.Delete(partialPath);
        }
    }

    private PublishedDocument Published(string folder, string storedName, long size, string sha256)
    {
        var workshopFolder = Path.GetFileName(folder);
        return new PublishedDocument(
            storedName,
            $"{UrlPrefix}/{Uri.EscapeDataString(workshopFolder)}/{Uri.EscapeDataString(storedName)}",
            size,
            $"\"{sha256}\"",
            $"{workshopFolder}/{storedName}");
    }

    // Converted in a private scratch folder and moved in under a free name, like the document itself.
    private async Task<PublishedDocument?> StorePdfCopyAsync(string folder, string storedName, string workshopId, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("teamsjourney-pdf-").FullName;
        try
        {
            var source = Path.Combine(scratch, storedName);
            File.Copy(Path.Combine(folder, storedName), source);
            var converted = await _pdf!.ConvertAsync(source, scratch, ct);
            var bytes = await File.ReadAllBytesAsync(converted, ct);
            var pdfName = MoveToFreeName(converted, folder, PdfCopies.NameFor(storedName));
            return Published(folder, pdfName, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (Exception failure) when (failure is PdfConversionException or IOException or UnauthorizedAccessException or DocumentPublishException)
        {
            PublishingLog.PdfCopyFailed(_logger, failure, storedName, workshopId);
            return null;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<(long Size, string Sha256)> WriteAsync(DocumentToPublish document, string path, CancellationToken ct)
    {
        await using var content = document.OpenContent();
        await using var target = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, FileOptions.Asynchronous);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.Stream.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }

        await target.FlushAsync(ct);
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private string MoveToFreeName(string partialPath, string folder, string fileName)
    {
        for (var copy = 0; copy <= MaxCopyNumber; copy++)
        {
            var candidate = copy == 0 ? fileName : PublishedFileName.WithCopyNumber(fileName, copy);
            var target = InsideRoot(Path.Combine(folder, candidate));
            try
            {
                File.Move(partialPath, target, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(target) || Directory.Exists(target))
            {
                // Taken (perhaps by a concurrent publish a moment ago): try the next copy number.
            }
        }

        throw new DocumentPublishException(
            $"'{fileName}' and its copies (1) to ({MaxCopyNumber}) already exist in '{folder}'; remove old documents first.");
    }

    // Defence in depth: the sanitised names cannot climb out, and this makes sure of it.
    private string InsideRoot(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DocumentPublishException($"Refusing to write outside the documents folder: '{path}'.");
        }

        return full;
    }
}
