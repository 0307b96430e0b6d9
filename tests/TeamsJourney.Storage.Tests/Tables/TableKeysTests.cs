using TeamsJourney.Storage.Tables;
using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Tables;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a:1Xy/+=?#")]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("back\\slash\ttab\u0085")]
    public void Encode_uses_only_characters_table_keys_allow(string id)
    {
        Assert.Matches("^[A-Za-z0-9_-]+$", TableKeys.Encode(id));
    }

    [Fact]
    public void Encode_of_the_longest_accepted_id_fits_a_table_key()
    {
        var longest = new string('€', StorageLimits.MaxEncodedIdUtf8Bytes / 3);

        Assert.True(TableKeys.Encode(longest).Length <= 512);
    }

    [Fact]
    public void Event_rows_sort_by_version_within_their_stream()
    {
        Assert.True(string.CompareOrdinal(TableKeys.EventRow("group-1", 9), TableKeys.EventRow("group-1", 10)) < 0);
        Assert.True(string.CompareOrdinal(TableKeys.EventRow("group-1", long.MaxValue), TableKeys.StreamEventsEnd("group-1")) < 0);
    }

    [Theory]
    [InlineData("group-a", "group-ab")]
    [InlineData("group-a", "group-a|x")]
    [InlineData("group-a", "group-a}")]
    [InlineData("a", "a0")]
    public void No_stream_has_event_rows_inside_another_streams_range(string stream, string other)
    {
        // A stream's events are read as the key range (EventRow(stream, after), StreamEventsEnd(stream)).
        foreach (var version in new[] { 1L, 9L, long.MaxValue })
        {
            var row = TableKeys.EventRow(other, version);
            Assert.False(
                string.CompareOrdinal(row, TableKeys.EventRow(stream, 0)) > 0 && string.CompareOrdinal(row, TableKeys.StreamEventsEnd(stream)) < 0,
                $"{row} falls inside the range of '{stream}'");
        }
    }

    [Theory]
    [InlineData("Tj")]
    [InlineData("t0123456789abcdef0123456789abcdef")]
    public void IsValidTablePrefix_accepts_letters_and_digits_starting_with_a_letter(string prefix)
    {
        Assert.True(TableWorkshopStore.IsValidTablePrefix(prefix));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1tj")]
    [InlineData("tj-dev")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValidTablePrefix_refuses_what_would_make_an_invalid_table_name(string prefix)
    {
        Assert.False(TableWorkshopStore.IsValidTablePrefix(prefix));
    }
}
