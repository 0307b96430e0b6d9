using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Workshops.Persistence;

namespace TeamsJourney.Testing.Hosting;

/// <summary>
/// The one host (bot + tab API + hub + static tab) on a real loopback Kestrel port, so a real browser can
/// reach it: the embedded default (SQLite and the local documents folder in a temp folder) in anonymous local mode
/// (unsigned bot requests, local development tab identity), which only the Development environment allows.
/// </summary>
public sealed class LiveTabHost : WebApplicationFactory<Program>
{
    private readonly string _sqlitePath;
    private readonly string _documentsFolder;
    private readonly bool _likeDotnetRun;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="sqlitePath">The SQLite file the workshops are stored in.</param>
    /// <param name="documentsFolder">Where generated documents are published.</param>
    /// <param name="likeDotnetRun">
    /// True: exactly what `dotnet run` does (appsettings.Development.json, so the local identity is in the Playground's
    /// tenant). False (default): the local identity stays in the tenant a client that sends none is recorded under.
    /// </param>
    /// <param name="settings">Settings applied last (for example Azure Tables and Redis, for two instances on one store).</param>
    public LiveTabHost(string sqlitePath, string documentsFolder, bool likeDotnetRun = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _sqlitePath = sqlitePath;
        _documentsFolder = documentsFolder;
        _likeDotnetRun = likeDotnetRun;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Every line the host logged, as a console would print it (message text only).</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>http://127.0.0.1:port/ once started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <summary>Makes <paramref name="userId"/> a facilitator of the workshop, as a facilitator adding a co-facilitator does.</summary>
    public async Task AddFacilitatorAsync(string workshopId, string userId) =>
        await Services.GetRequiredService<WorkshopRepository>().UpdateWorkshopAsync(workshopId, w => w.AddFacilitator(userId), DateTimeOffset.UtcNow);

    /// <summary>A group proposes an idea (as its ideas card does); returns the initiative's id.</summary>
    public async Task<string> ProposeInitiativeAsync(string workshopId, string groupId, string title)
    {
        var context = CommandContext.Create(new CommandActor("aad-facilitator", "Priya Shah", IsFacilitator: true), DateTimeOffset.UtcNow);
        var result = await Services.GetRequiredService<WorkshopRepository>().ExecuteAsync(workshopId, groupId, null, new ProposeInitiative(title, []), context, null);
        return result.Events.OfType<InitiativeProposed>().SingleOrDefault()?.InitiativeId
            ?? throw new InvalidOperationException($"Proposing '{title}' in group {groupId} was {result.Outcome}: {result.RejectionReason}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Host:AllowAnonymousLocalMode", "true");
        if (!_likeDotnetRun)
        {
            builder.UseSetting("TabAuth:LocalTenantId", TeamsJourney.Tabs.Auth.TabCaller.LocalTenant);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:SqlitePath", _sqlitePath);
        builder.UseSetting("Tabs:WebRoot", RepositoryPaths.TabsWebDist);
        builder.UseSetting("Documents:LocalFolder", _documentsFolder);

        // The page shows whatever the publisher made; with LibreOffice on the machine (the document tests install it)
        // that would add PDF copies to every list. The browser tests check the page with the two Office files; the
        // copies are checked by the document and bot tests.
        builder.UseSetting("Documents:PdfCopies", "false");

        // Several browser tests generate the documents of one walked workshop in a row; the per-workshop minimum
        // interval between generations (checked by the tab and bot tests) would refuse all but the first.
        builder.UseSetting("Documents:MinimumRegenerationSeconds", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
