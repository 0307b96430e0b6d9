using TeamsJourney.Bot.Conversations;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Hosting;

/// <summary>Registers the workshop bot behind the protocol layer's activity handler seam.</summary>
internal static class WorkshopBotExtensions
{
    public static IHostApplicationBuilder AddWorkshopBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkshopRepository>();
        builder.Services.AddSingleton<IActivityHandler, WorkshopBot>();
        return builder;
    }
}
