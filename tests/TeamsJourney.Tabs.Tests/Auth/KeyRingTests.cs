using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TeamsJourney.Tabs.Tests.Auth;

/// <summary>The data protection that authentication brings loads its key ring on first use, not while the host starts.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly SqliteFolder _store = new();

    [Fact]
    public async Task No_hosted_service_loads_the_key_ring_at_start_and_data_protection_still_works_when_asked()
    {
        var builder = _store.HostBuilder();
        builder.AddTabs();
        await using var app = builder.Build();

        AssertKeyRingLeftToFirstUse(app.Services);
    }

    [Fact]
    public async Task The_whole_host_starts_no_key_ring_loader_either()
    {
        await using var entra = await LocalEntra.StartAsync();
        await using var host = new TabHost(entra, _store.Settings);

        AssertKeyRingLeftToFirstUse(host.Services);
    }

    public void Dispose() => _store.Dispose();

    // No hosted service of the data protection assembly, and a protector still round-trips when asked for.
    private static void AssertKeyRingLeftToFirstUse(IServiceProvider services)
    {
        var dataProtection = typeof(DataProtectionOptions).Assembly;
        Assert.DoesNotContain(services.GetServices<IHostedService>(), service => service.GetType().Assembly == dataProtection);
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("kept", protector.Unprotect(protector.Protect("kept")));
    }
}
