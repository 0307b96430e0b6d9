using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Conversations.Handlers;
using TeamsJourney.Bot.Conversations.LiveCards;
using TeamsJourney.Workshops.Changes;
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

        // The live cards send through the protocol layer's per-thread outbox.
        builder.AddBotFramework();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<DocumentJobQueue>();
        builder.Services.AddHostedService<DocumentJobRunner>();
        builder.Services.AddOptions<DocumentJobOptions>().BindConfiguration(DocumentJobOptions.SectionName)
            .Validate(o => o.SweepSeconds >= 1 && o.StaleAfterSeconds >= 0, "DocumentJobs:SweepSeconds must be at least 1 and DocumentJobs:StaleAfterSeconds 0 or more.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DocumentJobRecovery>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DocumentJobRecovery>());
        builder.Services.AddSingleton<GroupCards>();
        builder.Services.AddSingleton<LiveGroupCards>();
        builder.Services.AddSingleton<LiveProgressCard>();
        builder.Services.AddSingleton<PersonalDrafts>();
        builder.Services.AddSingleton<GroupCardChanges>();
        builder.Services.AddSingleton<IWorkshopChangeObserver>(sp => sp.GetRequiredService<GroupCardChanges>());
        builder.Services.AddHostedService<LiveCardUpdater>();
        builder.Services.AddSingleton<MembershipHandler>();
        builder.Services.AddSingleton<GroupStartHandler>();
        builder.Services.AddSingleton<FacilitatorHandler>();
        builder.Services.AddSingleton<WorkshopFacilitationHandler>();
        builder.Services.AddSingleton<IWorkshopNotices, BotWorkshopNotices>();
        builder.Services.AddSingleton<DocumentsRequestHandler>();
        builder.Services.AddSingleton<DocumentLinksHandler>();
        builder.Services.AddSingleton<DataRightsHandler>();
        builder.Services.AddSingleton<DepthHandler>();
        builder.Services.AddSingleton<WorkshopVoteHandler>();
        builder.Services.AddSingleton<CardActionHandler>();
        builder.Services.AddSingleton<MessageHandler>();
        builder.Services.AddSingleton<IActivityHandler, WorkshopBot>();
        if (builder.Configuration.GetValue(FirstTurnWarmUp.SettingName, defaultValue: true))
        {
            builder.Services.AddHostedService<FirstTurnWarmUp>();
        }

        return builder;
    }
}
