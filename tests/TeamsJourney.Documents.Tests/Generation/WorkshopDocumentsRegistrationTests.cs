using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsJourney.Documents.Generation;
using TeamsJourney.Documents.Publishing;

namespace TeamsJourney.Documents.Tests.Generation;

public sealed class WorkshopDocumentsRegistrationTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("teamsjourney-host-");

    public void Dispose() => _contentRoot.Delete(recursive: true);

    [Fact]
    public void AddDocumentPublishing_registers_the_generator_as_a_singleton()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _contentRoot.FullName });
        builder.AddDocumentPublishing();
        using var host = builder.Build();

        Assert.Same(host.Services.GetRequiredService<WorkshopDocuments>(), host.Services.GetRequiredService<WorkshopDocuments>());
    }
}
