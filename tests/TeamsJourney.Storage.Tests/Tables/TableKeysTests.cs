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
    [InlineData("workshop")]
    [InlineData("group-1")]
    [InlineData("óóóóóóó")]
    public void A_current_event_row_is_never_taken_for_a_sequence_keyed_one(string stream)
    {
        // The migration deletes what it takes for old rows: a current row must never look like one.
        foreach (var version in new[] { 1L, 9L, long.MaxValue })
        {
            Assert.False(SequenceLayout.IsEventRow(TableKeys.EventRow(stream, version)));
        }
    }

    [Theory]
    [InlineData("event|0000000000000000001", true)]
    [InlineData("event|0000000000000000042", true)]
    [InlineData("event|9999999999999999999", true)]
    [InlineData("event|000000000000000001", false)]
    [InlineData("event|00000000000000000001", false)]
    [InlineData("event|000000000000000000a", false)]
    [InlineData("stream|0000000000000000001", false)]
    public void A_sequence_keyed_event_row_is_event_and_19_digits(string rowKey, bool expected)
    {
        Assert.Equal(expected, SequenceLayout.IsEventRow(rowKey));
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
