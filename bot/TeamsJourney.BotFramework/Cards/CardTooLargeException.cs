namespace TeamsJourney.BotFramework.Cards;

/// <summary>A card whose JSON is over the size budget Teams can deliver.</summary>
public sealed class CardTooLargeException : Exception
{
    public CardTooLargeException()
        : this("The card is over the size budget.")
    {
    }

    public CardTooLargeException(string message)
        : base(message)
    {
    }

    public CardTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a measured card.</summary>
    public CardTooLargeException(int sizeBytes, int budgetBytes)
        : base($"The card is {sizeBytes} bytes of JSON; the budget is {budgetBytes} bytes. Split it or show less.")
    {
        SizeBytes = sizeBytes;
        BudgetBytes = budgetBytes;
    }

    /// <summary>The card's size in UTF-8 bytes.</summary>
    public int SizeBytes { get; }

    /// <summary>The budget it exceeded.</summary>
    public int BudgetBytes { get; }
}
