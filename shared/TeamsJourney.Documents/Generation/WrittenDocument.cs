namespace TeamsJourney.Documents.Generation;

/// <summary>Which of a workshop's two documents.</summary>
public enum DocumentKind
{
    /// <summary>The PowerPoint deck: journey maps, blueprints, initiatives.</summary>
    Deck,

    /// <summary>The Word report.</summary>
    Report,
}

/// <summary>One generated document held in memory, not published: what an add-in inserts into an open file.</summary>
/// <param name="FileName">The name it would be published under ("&lt;title&gt; - journey map.pptx").</param>
/// <param name="ContentType">Its MIME type.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record WrittenDocument(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
