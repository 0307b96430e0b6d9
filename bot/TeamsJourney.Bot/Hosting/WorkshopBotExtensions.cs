using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Conversations.Handlers;
using TeamsJourney.Bot.Documents;
using TeamsJourney.Bot.Facilitation;
using TeamsJourney.BotFramework.Hosting;
using TeamsJourney.Workshops.Facilitation;

namespace TeamsJourney.Bot.Hosting;

/// <summary>Registers the workshop bot (and the application layer it translates into) behind the protocol layer's activity handler seam.</summary>
internal static class WorkshopBotExtensions
{
    public static IHostApplicationBuilder AddWorkshopBot(this IHostApplicationBuilder builder)
    {
        builder.AddWorkshops();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<DocumentJobQueue>();
        builder.Services.AddHostedService<DocumentJobRunner>();
        builder.Services.AddSingleton<GroupCards>();
        builder.Services.AddSingleton<MembershipHandler>();
        builder.Services.AddSingleton<GroupStartHandler>();
        builder.Services.AddSingleton<FacilitatorHandler>();
        builder.Services.AddSingleton<WorkshopFacilitationHandler>();
        builder.Services.AddSingleton<IWorkshopNotices, BotWorkshopNotices>();
        builder.Services.AddSingleton<DocumentsRequestHandler>();
        builder.Services.AddSingleton<DepthHandler>();
        builder.Services.AddSingleton<WorkshopVoteHandler>();
        builder.Services.AddSingleton<CardActionHandler>();
        builder.Services.AddSingleton<MessageHandler>();
        builder.Services.AddSingleton<IActivityHandler, WorkshopBot>();
        return builder;
    }
}
