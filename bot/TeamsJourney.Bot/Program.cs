using TeamsJourney.Bot.Hosting;
using TeamsJourney.Bot.Hosting.Security;
using TeamsJourney.BotFramework.Hosting;

// The one web host. Each line names a project's contribution (STYLE habit 1).
var builder = WebApplication.CreateBuilder(args);

builder.AddHostDefaults();
builder.AddSecureDefaults();
builder.AddRequestLimits();
builder.AddWorkshops();
builder.AddBotFramework();
builder.AddWorkshopBot();
builder.AddTabs();

var app = builder.Build();

// Secure by default: without bot and tab sign-in (or the Development-only opt-in) the host says what is missing and exits.
if (app.ExplainsMisconfiguration(Console.Error))
{
    return 2;
}

app.WarnAboutAnonymousLocalMode();
app.UseHostDefaults();
app.MapBotEndpoint("/api/messages");
app.MapHostEndpoints();
app.MapDocumentDownloads();
app.MapTabs();
app.AnnounceAddressesOnStart();

app.Run();
return 0;

/// <summary>Entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
