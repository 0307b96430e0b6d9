using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.BotFramework.Cards;

/// <summary>Writes cards as the JSON Teams renders, and measures them against the message size budget.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// Teams refuses messages of about 100 KB; cards are kept well under that so text, mentions and
    /// channel data around them still fit.
    /// </summary>
    public const int SizeBudgetBytes = 28 * 1024;

    /// <summary>The card as a JSON tree, e.g. for an attachment's content.</summary>
    public static JsonNode ToJsonNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)
            ?? throw new InvalidOperationException("A card never serializes to JSON null.");
    }

    /// <summary>The card as JSON text.</summary>
    public static string ToJson(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>The size of the card's compact JSON in UTF-8 bytes.</summary>
    public static int MeasureUtf8Bytes(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);

        // Counted as it is written (through the serializer's pooled buffer), not kept: every card is measured
        // before it is sent, so keeping the bytes would allocate a card's size for nothing.
        using var counter = new ByteCounter();
        JsonSerializer.Serialize(counter, card, CardJsonContext.Default.AdaptiveCard);
        return checked((int)counter.Length);
    }

    /// <summary>A write-only stream that keeps nothing but how many bytes were written to it.</summary>
    private sealed class ByteCounter : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Whether the card's JSON fits in <paramref name="budgetBytes"/> (default <see cref="SizeBudgetBytes"/>).</summary>
    public static bool FitsSizeBudget(AdaptiveCard card, int budgetBytes = SizeBudgetBytes) =>
        MeasureUtf8Bytes(card) <= budgetBytes;

    /// <summary>Throws a <see cref="CardTooLargeException"/> when the card is over budget; call before sending.</summary>
    public static void EnsureFitsSizeBudget(AdaptiveCard card, int budgetBytes = SizeBudgetBytes)
    {
        var size = MeasureUtf8Bytes(card);
        if (size > budgetBytes)
        {
            throw new CardTooLargeException(size, budgetBytes);
        }
    }
}
