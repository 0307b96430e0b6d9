using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsJourney.Workshops.Hosting;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Hosting;
using TeamsJourney.Workshops.Changes;
using TeamsJourney.Workshops.Deliveries;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Depth;
using TeamsJourney.Workshops.Listing;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Maps;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Plenary;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace Microsoft.Extensions.Hosting;

/// <summary>The application layer's one registration: <c>builder.AddWorkshops()</c>.</summary>
public static class WorkshopsExtensions
{
    /// <summary>
    /// Registers the store chosen in "Storage", document publishing ("Documents"), the repository and every use
    /// case as singletons. Safe to call more than once: the bot and the tab each call it, so either works alone.
    /// </summary>
    public static IHostApplicationBuilder AddWorkshops(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(WorkshopRepository)))
        {
            return builder;
        }

        builder.AddWorkshopStorage();
        builder.AddDocumentPublishing();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConflictNotice, NoConflictNotice>();
        services.AddOptions<WorkshopsOptions>()
            .BindConfiguration(WorkshopsOptions.SectionName)
            .Validate(o => o.CachedStreams >= 2, "Workshops:CachedStreams must be at least 2.")
            .Validate(o => o.TimeBoxCheckSeconds is >= 1 and <= 300, "Workshops:TimeBoxCheckSeconds must be between 1 and 300.")
            .Validate(o => o.RecentReadMilliseconds is >= 0 and <= 60_000, "Workshops:RecentReadMilliseconds must be between 0 and 60000.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WorkshopsOptions>>().Value;
            return new WorkshopRepository(sp.GetRequiredService<IWorkshopStore>(), sp.GetServices<IWorkshopChangeObserver>(), options.CachedStreams, options.RecentReadMilliseconds);
        });

        services.AddSingleton(sp => new InboundDeliveries(sp.GetRequiredService<IWorkshopStore>(), Time(sp), sp.GetRequiredService<ILogger<InboundDeliveries>>()));
        services.AddSingleton(sp => new WorkshopScenarios(Repository(sp)));
        services.AddSingleton(sp => new WorkshopDirectory(Repository(sp)));
        services.AddSingleton(sp => new WorkshopMaps(Repository(sp)));
        services.AddSingleton(sp => new GroupConversations(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new RunGroupCommand(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new StartGroup(Repository(sp), sp.GetRequiredService<WorkshopScenarios>(), sp.GetRequiredService<RunGroupCommand>(), Time(sp)));
        services.AddSingleton(sp => new UndoLastEntry(Repository(sp), sp.GetRequiredService<RunGroupCommand>()));
        services.AddSingleton(sp => new SaveOutdatedAnswer(Repository(sp), sp.GetRequiredService<RunGroupCommand>()));
        services.AddSingleton(sp => new LoadScenario(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new ChannelWorkshops(Repository(sp)));
        services.AddSingleton(sp => new SetUpWorkshop(Repository(sp), sp.GetRequiredService<ChannelWorkshops>(), sp.GetRequiredService<SetWorkshopDepth>(), Time(sp)));
        services.AddSingleton(sp => new ClaimFacilitatorInvitation(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new WorkshopProgress(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new FacilitateWorkshop(
            Repository(sp), sp.GetRequiredService<GroupConversations>(), sp.GetRequiredService<RunGroupCommand>(), sp.GetRequiredService<WorkshopProgress>(), sp.GetServices<IWorkshopNotices>(), Time(sp)));
        services.AddSingleton(sp => new RunDueTimeBoxes(Repository(sp), sp.GetRequiredService<FacilitateWorkshop>(), sp.GetRequiredService<WorkshopProgress>(), sp.GetRequiredService<InboundDeliveries>(), Time(sp)));
        services.AddHostedService(sp => new TimeBoxTimer(
            sp.GetRequiredService<RunDueTimeBoxes>, Time(sp), sp.GetRequiredService<IOptions<WorkshopsOptions>>(), sp.GetRequiredService<ILogger<TimeBoxTimer>>()));
        services.AddSingleton(sp => new DepthRollout(Repository(sp), sp.GetRequiredService<GroupConversations>(), sp.GetRequiredService<RunGroupCommand>(), Time(sp)));
        services.AddSingleton(sp => new SetWorkshopDepth(sp.GetRequiredService<DepthRollout>()));
        services.AddSingleton(sp => new SetGroupDepth(sp.GetRequiredService<DepthRollout>()));
        services.AddSingleton(sp => new ChooseBlueprintLanes(sp.GetRequiredService<DepthRollout>()));
        services.AddSingleton(sp => new WorkshopDepth(Repository(sp)));
        services.AddSingleton(sp => new MapEdits(Repository(sp), sp.GetRequiredService<RunGroupCommand>(), sp.GetRequiredService<IConflictNotice>()));
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(WorkshopsOptions.SectionName)
            .Validate(o => o.RetentionDays is null or >= 0 && o.UninstalledRetentionDays >= 0 && o.RetentionSweepMinutes >= 1,
                "Workshops:RetentionDays and Workshops:UninstalledRetentionDays must be 0 or more, Workshops:RetentionSweepMinutes at least 1.")
            .ValidateOnStart();
        services.AddSingleton(sp => new WorkshopAuditTrail(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new ExportWorkshop(
            Repository(sp),
            sp.GetRequiredService<WorkshopDocuments>(),
            sp.GetRequiredService<WorkshopAuditTrail>(),
            Time(sp),
            sp.GetRequiredService<PlenaryReader>(),
            sp.GetRequiredService<DocumentPlenary>(),
            sp.GetService<IDocumentPublisher>()));
        services.AddSingleton(sp => new DeleteWorkshop(
            Repository(sp), sp.GetRequiredService<WorkshopAuditTrail>(), sp.GetService<IDocumentEraser>(), sp.GetServices<IWorkshopDeletionObserver>(), sp.GetRequiredService<ILogger<DeleteWorkshop>>()));
        services.AddSingleton(sp => new TeamInstallations(Repository(sp), sp.GetRequiredService<WorkshopAuditTrail>(), Retention(sp), Time(sp), sp.GetRequiredService<ILogger<TeamInstallations>>()));
        services.AddSingleton(sp => new PurgeExpiredWorkshops(Repository(sp), sp.GetRequiredService<DeleteWorkshop>(), Retention(sp), Time(sp)));
        services.AddHostedService(sp => new RetentionService(sp.GetRequiredService<PurgeExpiredWorkshops>(), Retention(sp), Time(sp), sp.GetRequiredService<ILogger<RetentionService>>()));
        services.AddSingleton(sp => new DocumentJobs(Repository(sp), Time(sp)));
        services.AddSingleton(sp => new DocumentGenerationGate(
            sp.GetRequiredService<IWorkshopStore>(),
            Time(sp), TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<DocumentPublishingOptions>>().Value.MinimumRegenerationSeconds)));
        services.AddSingleton(sp => new DocumentPlenary(sp.GetRequiredService<ReadPlenary>(), sp.GetRequiredService<WorkshopVersions>()));
        services.AddSingleton(sp => new GenerateDocuments(
            Repository(sp),
            sp.GetRequiredService<WorkshopDocuments>(),
            sp.GetRequiredService<DocumentGenerationGate>(),
            sp.GetRequiredService<DocumentPlenary>(),
            sp.GetRequiredService<WorkshopAuditTrail>()));
        services.AddSingleton(sp => new WriteDocument(Repository(sp), sp.GetRequiredService<WorkshopDocuments>(), sp.GetRequiredService<DocumentPlenary>()));
        services.AddSingleton(sp => new PlenaryReader(Repository(sp)));
        services.AddSingleton(sp => new PlenaryWriter(sp.GetRequiredService<PlenaryReader>(), Time(sp), sp.GetServices<IPlenaryChangeObserver>()));
        services.AddSingleton(sp => new ReadPlenary(sp.GetRequiredService<PlenaryReader>()));
        services.AddSingleton(sp => new ConsolidateMap(sp.GetRequiredService<PlenaryWriter>()));
        services.AddSingleton(sp => new PlanInitiatives(sp.GetRequiredService<PlenaryWriter>()));
        services.AddSingleton(sp => new WorkshopVersions(sp.GetRequiredService<PlenaryReader>(), sp.GetRequiredService<PlenaryWriter>(), Time(sp)));
        return builder;
    }

    private static WorkshopRepository Repository(IServiceProvider services) => services.GetRequiredService<WorkshopRepository>();

    private static RetentionOptions Retention(IServiceProvider services) => services.GetRequiredService<IOptions<RetentionOptions>>().Value;

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
