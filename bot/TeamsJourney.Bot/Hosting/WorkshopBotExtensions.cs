using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Documents;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Hosting;

/// <summary>Registers the workshop bot behind the protocol layer's activity handler seam.</summary>
internal static class WorkshopBotExtensions
{
    public static IHostApplicationBuilder AddWorkshopBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkshopRepository>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<DocumentJobQueue>();
        builder.Services.AddHostedService<DocumentJobRunner>();
        builder.Services.AddSingleton<IActivityHandler, WorkshopBot>();
        return builder;
    }
}
