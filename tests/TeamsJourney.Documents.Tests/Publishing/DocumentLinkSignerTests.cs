using Microsoft.Extensions.Time.Testing;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Publishing;

/// <summary>Download links signed for one person and one file, that expire.</summary>
public sealed class DocumentLinkSignerTests : IDisposable
{
    private const string DocumentId = "0123456789abcdef0123456789abcdef";
    private readonly string _sandbox = Path.Combine(Path.GetTempPath(), $"teamsjourney-links-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly DocumentLinkSigner _signer;

    public DocumentLinkSignerTests()
    {
        _signer = new DocumentLinkSigner(new byte[32], TimeSpan.FromMinutes(30), _time);
    }

    public void Dispose()
    {
        if (Directory.Exists(_sandbox))
        {
            Directory.Delete(_sandbox, recursive: true);
        }
    }

    [Fact]
    public void A_signed_link_checks_as_valid_for_its_file_and_person()
    {
        var link = Parse(_signer.Sign($"/documents/{DocumentId}/Bins%20-%20report.docx", "alice"));

        Assert.Equal(DocumentLinkCheck.Valid, _signer.Check(DocumentId, "Bins - report.docx", link["user"], link["expires"], link["signature"]));
    }

    [Theory]
    [InlineData("mallory", "Bins - report.docx", DocumentId)]
    [InlineData("alice", "Bins - journey map.pptx", DocumentId)]
    [InlineData("alice", "Bins - report.docx", "fedcba9876543210fedcba9876543210")]
    public void A_link_moved_to_another_person_or_file_is_invalid(string user, string fileName, string documentId)
    {
        var link = Parse(_signer.Sign($"/documents/{DocumentId}/Bins%20-%20report.docx", "alice"));

        Assert.Equal(DocumentLinkCheck.Invalid, _signer.Check(documentId, fileName, user, link["expires"], link["signature"]));
    }

    [Fact]
    public void A_link_with_a_later_expiry_written_in_is_invalid()
    {
        var link = Parse(_signer.Sign($"/documents/{DocumentId}/deck.pptx", "alice"));

        var later = (long.Parse(link["expires"], System.Globalization.CultureInfo.InvariantCulture) + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DocumentLinkCheck.Invalid, _signer.Check(DocumentId, "deck.pptx", "alice", later, link["signature"]));
    }

    [Fact]
    public void A_link_past_its_lifetime_is_expired()
    {
        var link = Parse(_signer.Sign($"/documents/{DocumentId}/deck.pptx", "alice"));

        _time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(DocumentLinkCheck.Expired, _signer.Check(DocumentId, "deck.pptx", "alice", link["expires"], link["signature"]));
    }

    [Fact]
    public void A_link_without_signature_is_missing_and_one_signed_with_another_key_is_invalid()
    {
        var other = new DocumentLinkSigner(Enumerable.Repeat((byte)7, 32).ToArray(), TimeSpan.FromMinutes(30), _time);
        var link = Parse(other.Sign($"/documents/{DocumentId}/deck.pptx", "alice"));

        Assert.Equal(DocumentLinkCheck.Missing, _signer.Check(DocumentId, "deck.pptx", "alice", link["expires"], null));
        Assert.Equal(DocumentLinkCheck.Invalid, _signer.Check(DocumentId, "deck.pptx", "alice", link["expires"], link["signature"]));
    }

    [Fact]
    public void Without_a_configured_key_one_random_key_is_kept_beside_the_documents_and_shared()
    {
        var first = DocumentLinkSigner.KeyFor(null, _sandbox);
        var again = DocumentLinkSigner.KeyFor(" ", _sandbox);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.NotEqual(new byte[32], first);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void A_configured_key_that_is_short_or_not_base64_is_refused(string configured)
    {
        Assert.False(DocumentLinkSigner.IsUsableKey(configured));
        Assert.Throws<InvalidOperationException>(() => DocumentLinkSigner.KeyFor(configured, _sandbox));
        Assert.True(DocumentLinkSigner.IsUsableKey(Convert.ToBase64String(new byte[48])));
    }

    private static Dictionary<string, string> Parse(string signed)
    {
        var query = signed[(signed.IndexOf('?', StringComparison.Ordinal) + 1)..];
        return query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
    }
}
