namespace TeamsJourney.Documents.Generation;

/// <summary>The stages of generating a workshop's documents, in the order they happen.</summary>
public enum DocumentGenerationStep
{
    /// <summary>Reading the workshop and the groups' maps into the report.</summary>
    Preparing,

    /// <summary>Writing the PowerPoint deck.</summary>
    WritingDeck,

    /// <summary>Writing the Word report.</summary>
    WritingReport,

    /// <summary>Storing both files with the publisher.</summary>
    Publishing,

    /// <summary>Both documents are published.</summary>
    Done,
}

/// <summary>One progress report of a <see cref="WorkshopDocuments"/> generation, for a progress card or bar.</summary>
/// <param name="Step">What is happening now.</param>
/// <param name="Percent">Overall completion, 0 to 100; 100 only with <see cref="DocumentGenerationStep.Done"/>.</param>
/// <param name="Message">A short sentence a facilitator can read, e.g. "Writing the PowerPoint deck…".</param>
public sealed record DocumentProgress(DocumentGenerationStep Step, int Percent, string Message);
