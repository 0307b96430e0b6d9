using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Hosting;

// The one web host. Each line names a project's contribution (STYLE habit 1).
var builder = WebApplication.CreateBuilder(args);

builder.AddHostDefaults();
builder.AddWorkshops();
builder.AddBotFramework();
builder.AddWorkshopBot();
builder.AddTabs();

var app = builder.Build();

app.UseHostDefaults();
app.MapBotEndpoint("/api/messages");
app.MapHostEndpoints();
app.MapDocumentDownloads();
app.MapTabs();
app.AnnounceAddressesOnStart();

app.Run();

/// <summary>Entry point, visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
