using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsJourney.Bot.Conversations;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Hosting;

namespace TeamsJourney.Bot.Tests.Hosting;

/// <summary>The bot registers on its own: it brings the application layer with it, no tab needed.</summary>
public sealed class WorkshopBotRegistrationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teamsjourney-bot-alone-");

    [Fact]
    public async Task AddWorkshopBot_alone_gives_the_workshop_bot_behind_the_activity_handler_seam()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _folder.FullName, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_folder.FullName, "bot.db") });
        builder.AddWorkshopBot();
        await using var app = builder.Build();

        Assert.IsType<WorkshopBot>(app.Services.GetRequiredService<IActivityHandler>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
