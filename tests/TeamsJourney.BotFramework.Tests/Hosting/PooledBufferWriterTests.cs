using System.Text.Json;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.BotFramework.Tests.Hosting;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Json_larger_than_the_first_array_is_written_whole_and_in_order()
    {
        using var buffer = new PooledBufferWriter(16);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 5_000; i++)
            {
                writer.WriteNumberValue(i);
            }

            writer.WriteEndArray();
        }

        var numbers = JsonSerializer.Deserialize<int[]>(buffer.WrittenSpan)!;
        Assert.Equal(Enumerable.Range(0, 5_000), numbers);
        Assert.Equal(buffer.WrittenSpan.Length, buffer.WrittenCount);
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_is_refused()
    {
        using var buffer = new PooledBufferWriter(16);
        var available = buffer.GetSpan(8).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(available + 1));
    }

    [Fact]
    public void A_disposed_writer_refuses_more_writes()
    {
        var buffer = new PooledBufferWriter(16);
        buffer.Dispose();

        Assert.Equal(0, buffer.WrittenCount);
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan(1));
    }
}
