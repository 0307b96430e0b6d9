namespace TeamsJourney.Documents.Layout;

/// <summary>Paragraphs waiting to be placed; the head can be replaced by its unplaced remainder in O(1).</summary>
internal sealed class BlockQueue(IReadOnlyList<TextBlock> blocks)
{
    private int _next;
    private TextBlock? _remainder;

    public bool IsEmpty => _remainder is null && _next >= blocks.Count;

    public TextBlock Peek() => _remainder ?? blocks[_next];

    /// <summary>The block that follows the head, if any.</summary>
    public TextBlock? PeekSecond()
    {
        var index = _remainder is null ? _next + 1 : _next;
        return index < blocks.Count ? blocks[index] : null;
    }

    public void Dequeue()
    {
        if (_remainder is not null)
        {
            _remainder = null;
        }
        else
        {
            _next++;
        }
    }

    /// <summary>The head was placed in part; what is left becomes the new head.</summary>
    public void ReplaceHead(TextBlock remainder)
    {
        Dequeue();
        _remainder = remainder;
    }
}
