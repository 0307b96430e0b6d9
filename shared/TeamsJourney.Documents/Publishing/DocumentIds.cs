using System.Security.Cryptography;
using System.Text;

namespace TeamsJourney.Documents.Publishing;

/// <summary>
/// A workshop's random document id (128 bits, hex) and the index that remembers it: one small file per workshop
/// under the index folder, named by a hash of the workshop id so any id is a safe file name.
/// </summary>
internal static class DocumentIds
{
    private const int Length = 32;

    public static bool IsWellFormed(string? documentId) =>
        documentId is { Length: Length } && documentId.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static string ForWorkshop(string root, string indexFolder, string workshopId)
    {
        if (Existing(root, indexFolder, workshopId) is { } known)
        {
            return known;
        }

        var entry = IndexEntry(root, indexFolder, workshopId);
        Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
        var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));
        try
        {
            using var stream = new FileStream(entry, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(Encoding.ASCII.GetBytes(fresh));
            return fresh;
        }
        catch (IOException) when (Existing(root, indexFolder, workshopId) is { } raced)
        {
            // Another publish (or instance) chose first: use its id.
            return raced;
        }
    }

    public static string? Existing(string root, string indexFolder, string workshopId)
    {
        var entry = IndexEntry(root, indexFolder, workshopId);
        if (!File.Exists(entry))
        {
            return null;
        }

        var id = File.ReadAllText(entry).Trim();
        return IsWellFormed(id) ? id : null;
    }

    public static void Forget(string root, string indexFolder, string workshopId) => File.Delete(IndexEntry(root, indexFolder, workshopId));

    private static string IndexEntry(string root, string indexFolder, string workshopId) =>
        Path.Combine(root, indexFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workshopId))));
}
