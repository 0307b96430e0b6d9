using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>The bot's logic: called once per authenticated, parsed activity.</summary>
public interface IActivityHandler
{
    /// <summary>
    /// Handles one turn. For <c>invoke</c> activities the returned response IS the HTTP answer (null = not handled,
    /// answered 501); for every other type the result is ignored and the channel gets 200 with an empty body.
    /// </summary>
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
