using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TeamsJourney.Documents.Publishing;

/// <summary>What a download link's signature says.</summary>
public enum DocumentLinkCheck
{
    /// <summary>The link carries no signature: the caller must sign in instead.</summary>
    Missing,

    /// <summary>Signed by this host, for this file, and not yet expired.</summary>
    Valid,

    /// <summary>Tampered with, or signed for another file or person.</summary>
    Invalid,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}

/// <summary>
/// Short-lived download links for published local files, bound to one person: an HMAC-SHA256 over the document id,
/// the file name, the user id and the expiry, with a key from configuration (<c>Documents:LinkSigningKey</c>) or,
/// without one, a random key kept beside the documents (so every instance that serves them shares it).
/// </summary>
public sealed class DocumentLinkSigner
{
    /// <summary>The query parameter naming the person the link was signed for.</summary>
    public const string UserParameter = "user";

    /// <summary>The query parameter holding the expiry (Unix seconds).</summary>
    public const string ExpiresParameter = "expires";

    /// <summary>The query parameter holding the signature (base64url).</summary>
    public const string SignatureParameter = "signature";

    private const string KeyFileName = ".link-signing-key";
    private const int MinimumKeyBytes = 32;

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Signs with <paramref name="key"/> (at least 32 bytes); links live for <paramref name="lifetime"/>.</summary>
    public DocumentLinkSigner(byte[] key, TimeSpan lifetime, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"A link signing key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        _key = key;
        _time = time;
        Lifetime = lifetime;
    }

    /// <summary>How long a signed link works.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>
    /// The configured key (base64 of at least 32 bytes), or else the key file in <paramref name="documentsRoot"/>,
    /// created with 32 random bytes on first use.
    /// </summary>
    public static byte[] KeyFor(string? configuredKey, string documentsRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return ParseConfiguredKey(configuredKey)
                ?? throw new InvalidOperationException($"Documents:LinkSigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
        }

        Directory.CreateDirectory(documentsRoot);
        var path = Path.Combine(documentsRoot, KeyFileName);
        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                created.Write(RandomNumberGenerator.GetBytes(MinimumKeyBytes));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance made it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        return key.Length >= MinimumKeyBytes ? key : throw new InvalidOperationException($"The link signing key file '{path}' is damaged: delete it to make a new one.");
    }

    /// <summary>Whether <paramref name="configuredKey"/> is usable as Documents:LinkSigningKey.</summary>
    public static bool IsUsableKey(string? configuredKey) => string.IsNullOrWhiteSpace(configuredKey) || ParseConfiguredKey(configuredKey) is not null;

    /// <summary>
    /// <paramref name="relativeUrl"/> (<c>/documents/&lt;id&gt;/&lt;escaped file name&gt;</c>, as the local publisher
    /// returns it) with the user, expiry and signature appended.
    /// </summary>
    public string Sign(string relativeUrl, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativeUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var segments = relativeUrl.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 3 || "/" + segments[0] != LocalFolderPublisher.UrlPrefix)
        {
            throw new ArgumentException($"'{relativeUrl}' is not a local document link.", nameof(relativeUrl));
        }

        var expires = (_time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Signature(segments[1], Uri.UnescapeDataString(segments[2]), userId, expires);
        return $"{relativeUrl}?{UserParameter}={Uri.EscapeDataString(userId)}&{ExpiresParameter}={expires}&{SignatureParameter}={signature}";
    }

    /// <summary>Checks a link's parameters against the file it asks for.</summary>
    public DocumentLinkCheck Check(string documentId, string fileName, string? userId, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return DocumentLinkCheck.Missing;
        }

        if (string.IsNullOrEmpty(userId) || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return DocumentLinkCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(documentId, fileName, userId, expires!));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return DocumentLinkCheck.Invalid;
        }

        return _time.GetUtcNow().ToUnixTimeSeconds() > expiresAt ? DocumentLinkCheck.Expired : DocumentLinkCheck.Valid;
    }

    private string Signature(string documentId, string fileName, string userId, string expires)
    {
        // Newlines separate the parts: none can contain one (ids are hex, names are sanitised, user ids are checked).
        var message = Encoding.UTF8.GetBytes($"{documentId}/{fileName}\n{userId.Replace('\n', ' ')}\n{expires}");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static byte[]? ParseConfiguredKey(string configured)
    {
        var buffer = new byte[configured.Length];
        return Convert.TryFromBase64String(configured.Trim(), buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
