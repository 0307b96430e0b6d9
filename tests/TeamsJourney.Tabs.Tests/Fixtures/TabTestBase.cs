namespace TeamsJourney.Tabs.Tests.Fixtures;

/// <summary>One SSO-enabled host on SQLite with a seeded workshop, and Alice and Bob signed in to its team.</summary>
public abstract class TabTestBase : IAsyncLifetime, IDisposable
{
    private readonly SqliteFolder _store = new();

    protected LocalEntra Entra { get; private set; } = null!;

    protected TabHost Host { get; private set; } = null!;

    private protected SeededWorkshop Workshop { get; private set; } = null!;

    protected TabClient Alice { get; private set; } = null!;

    protected TabClient Bob { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Entra = await LocalEntra.StartAsync();
        People.Enrol(Entra);
        Host = new TabHost(Entra, _store.Settings);
        Workshop = await SeededWorkshop.CreateAsync(Host.Repository);
        Alice = TabClient.SignedIn(Host, Entra, People.Alice);
        Bob = TabClient.SignedIn(Host, Entra, People.Bob);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Entra.DisposeAsync();
    }

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected Task<HttpResponseMessage> EditAsync(TabClient who, object edit) => who.EditAsync(Workshop.WorkshopId, Workshop.GroupId, edit);

    protected static string NewEditId() => Guid.NewGuid().ToString("N");
}
