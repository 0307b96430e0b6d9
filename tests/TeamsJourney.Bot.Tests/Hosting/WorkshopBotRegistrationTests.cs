using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.Bot.Tests.Hosting;

/// <summary>The bot registers on its own: it brings the application layer with it, no tab needed.</summary>
public sealed class WorkshopBotRegistrationTests : IDisposable
{
    private readonly SqliteFolder _store = new();

    [Fact]
    public async Task AddWorkshopBot_alone_gives_the_workshop_bot_behind_the_activity_handler_seam()
    {
        var builder = _store.HostBuilder();
        builder.AddWorkshopBot();
        await using var app = builder.Build();

        Assert.IsType<WorkshopBot>(app.Services.GetRequiredService<IActivityHandler>());
    }

    public void Dispose() => _store.Dispose();
}
