using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsJourney.Documents.Publishing.Pdf;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// The embedded default: documents go to <c>&lt;root&gt;/&lt;document id&gt;/</c> on local disk and are offered at
/// <c>/documents/&lt;document id&gt;/&lt;file&gt;</c>, which the host serves (to members of the workshop's team only).
/// The document id is random, chosen at a workshop's first publication and remembered in <c>&lt;root&gt;/.workshops/</c>:
/// nothing about it can be computed from Teams ids. A regeneration replaces the previous files of the same name.
/// </summary>
public sealed class LocalFolderPublisher : IDocumentPublisher, IDocumentEraser
{
    /// <summary>The site-relative path the host serves <see cref="RootPath"/> under.</summary>
    public const string UrlPrefix = "/documents";

    private const string IndexFolderName = ".workshops";
    private const string OwnerFileName = ".workshop";
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

    /// <summary>The absolute folder holding one sub-folder per workshop (named by its random document id).</summary>
    public string RootPath { get; }

    /// <summary>
    /// The absolute folder a workshop's documents are written to (it may not exist yet): named by the workshop's
    /// random document id, which is chosen and remembered on the first call.
    /// </summary>
    public string GetWorkshopFolder(string workshopId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        return InsideRoot(Path.Combine(RootPath, DocumentIds.ForWorkshop(RootPath, IndexFolderName, workshopId)));
    }

    /// <summary>
    /// The published file a site path names ("/documents/&lt;document id&gt;/&lt;escaped name&gt;", as links carry it) and its
    /// file name, or null when the path is not that shape or names no published file. For paths that come from a
    /// client (a card's data): only what the publisher holds is found.
    /// </summary>
    public (LocalDocumentFile File, string FileName)? FindByUrlPath(string urlPath)
    {
        ArgumentNullException.ThrowIfNull(urlPath);
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 3 || "/" + segments[0] != UrlPrefix)
        {
            return null;
        }

        var name = Uri.UnescapeDataString(segments[2]);
        return Find(segments[1], name) is { } file ? (file, name) : null;
    }

    /// <summary>
    /// The workshop a published file belongs to and where it lies, or null when <paramref name="documentId"/> and
    /// <paramref name="fileName"/> name no published file (or are not the shape of one: nothing outside is reachable).
    /// </summary>
    public LocalDocumentFile? Find(string documentId, string fileName)
    {
        if (!DocumentIds.IsWellFormed(documentId) || string.IsNullOrEmpty(fileName) || fileName.StartsWith('.')
            || PublishedFileName.Sanitize(fileName) != fileName)
        {
            return null;
        }

        var folder = Path.Combine(RootPath, documentId);
        var owner = Path.Combine(folder, OwnerFileName);
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(owner) || !File.Exists(path))
        {
            return null;
        }

        return new LocalDocumentFile(File.ReadAllText(owner).Trim(), InsideRoot(path), File.GetLastWriteTimeUtc(path));
    }

    /// <summary>Removes every published file of <paramref name="workshopId"/>; false when it had none.</summary>
    public bool DeleteWorkshopDocuments(string workshopId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workshopId);
        if (DocumentIds.Existing(RootPath, IndexFolderName, workshopId) is not { } documentId)
        {
            return false;
        }

        var folder = InsideRoot(Path.Combine(RootPath, documentId));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        DocumentIds.Forget(RootPath, IndexFolderName, workshopId);
        return true;
    }

    /// <summary>
    /// Retention: deletes published files last written before <paramref name="cutoff"/> (and a workshop's folder once
    /// it is empty); the names of the deleted files, relative to <see cref="RootPath"/>.
    /// </summary>
    public IReadOnlyList<string> DeleteOlderThan(DateTimeOffset cutoff)
    {
        var deleted = new List<string>();
        if (!Directory.Exists(RootPath))
        {
            return deleted;
        }

        foreach (var folder in Directory.EnumerateDirectories(RootPath).Where(f => DocumentIds.IsWellFormed(Path.GetFileName(f))))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')))
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    File.Delete(file);
                    deleted.Add(Path.GetRelativePath(RootPath, file));
                }
            }

            var owner = Path.Combine(folder, OwnerFileName);
            if (!Directory.EnumerateFiles(folder).Any(f => !Path.GetFileName(f).StartsWith('.')) && File.Exists(owner))
            {
                DocumentIds.Forget(RootPath, IndexFolderName, File.ReadAllText(owner).Trim());
                Directory.Delete(folder, recursive: true);
            }
        }

        return deleted;
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

        // Written under a hidden temporary name and moved over the previous file of that name, so a reader never
        // sees half a file and a regeneration replaces the last one instead of piling up copies.
        var partialPath = InsideRoot(Path.Combine(folder, $".{Guid.NewGuid():N}.partial"));
        try
        {
            var (size, sha256) = await WriteAsync(document, partialPath, ct);
            var storedName = MoveInPlace(partialPath, folder, PublishedFileName.Sanitize(document.FileName));

            // Whose the folder is: the download endpoint checks the caller against this workshop's team.
            await File.WriteAllTextAsync(Path.Combine(folder, OwnerFileName), document.Destination.WorkshopId, ct);
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
            var pdfName = MoveInPlace(converted, folder, PdfCopies.NameFor(storedName));
            return Published(folder, pdfName, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (Exception failure) when (failure is PdfConversionException or IOException or UnauthorizedAccessException or DocumentPublishException)
        {
            // The previous generation's copy would no longer match the document: it goes too.
            File.Delete(InsideRoot(Path.Combine(folder, PdfCopies.NameFor(storedName))));
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

    private string MoveInPlace(string partialPath, string folder, string fileName)
    {
        File.Move(partialPath, InsideRoot(Path.Combine(folder, fileName)), overwrite: true);
        return fileName;
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
