using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Edits;
using TeamsJourney.Workshops.Facilitation;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.Listing;
using TeamsJourney.Workshops.Maps;
using TeamsJourney.Workshops.Persistence;
using TeamsJourney.Workshops.Scenarios;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Workshops.Tests.Hosting;

/// <summary><c>AddWorkshops()</c> is the one registration of the application layer, and it is safe to call from every host.</summary>
public sealed class WorkshopsRegistrationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-registration-");

    [Fact]
    public void AddWorkshops_alone_provides_every_use_case_on_one_repository()
    {
        using var host = Build(b => b.AddWorkshops());

        Assert.NotNull(host.Services.GetRequiredService<StartGroup>());
        Assert.NotNull(host.Services.GetRequiredService<RunGroupCommand>());
        Assert.NotNull(host.Services.GetRequiredService<GroupConversations>());
        Assert.NotNull(host.Services.GetRequiredService<LoadScenario>());
        Assert.NotNull(host.Services.GetRequiredService<WorkshopScenarios>());
        Assert.NotNull(host.Services.GetRequiredService<FacilitateWorkshop>());
        Assert.NotNull(host.Services.GetRequiredService<SetUpWorkshop>());
        Assert.NotNull(host.Services.GetRequiredService<ChannelWorkshops>());
        Assert.NotNull(host.Services.GetRequiredService<WorkshopProgress>());
        Assert.NotNull(host.Services.GetRequiredService<RunDueTimeBoxes>());
        Assert.NotNull(host.Services.GetRequiredService<ClaimFacilitatorInvitation>());
        Assert.NotNull(host.Services.GetRequiredService<MapEdits>());
        Assert.NotNull(host.Services.GetRequiredService<WorkshopMaps>());
        Assert.NotNull(host.Services.GetRequiredService<WorkshopDirectory>());
        Assert.NotNull(host.Services.GetRequiredService<GenerateDocuments>());
        Assert.Same(host.Services.GetRequiredService<WorkshopRepository>(), host.Services.GetRequiredService<WorkshopRepository>());
    }

    [Fact]
    public void Calling_AddWorkshops_from_each_host_registers_the_layer_once()
    {
        using var host = Build(b => b.AddWorkshops().AddWorkshops());

        Assert.Single(host.Services.GetServices<WorkshopRepository>());
        Assert.Single(host.Services.GetServices<StartGroup>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private IHost Build(Action<IHostApplicationBuilder> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.FullName });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(_folder.FullName, "workshops.db"),
        });
        register(builder);
        return builder.Build();
    }
}
