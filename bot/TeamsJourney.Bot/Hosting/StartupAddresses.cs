using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// Once the server listens, says where to point a chat client and a browser: the bot endpoint, the live map tab
/// and the Office add-in's task pane, on the first address the server bound (and on Host:PublicUrl when set).
/// </summary>
internal static partial class StartupAddresses
{
    public static WebApplication AnnounceAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsJourney");
            var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (listening is not null && Browsable(listening) is { } local)
            {
                Announce(logger, local);
            }

            if (app.Configuration["Host:PublicUrl"] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var publicUrl))
            {
                Announce(logger, new Uri(publicUrl.ToString().TrimEnd('/') + "/"));
            }
        });
        return app;
    }

    private static void Announce(ILogger logger, Uri root)
    {
        Log.BotEndpoint(logger, new Uri(root, "api/messages"));
        Log.LiveMapTab(logger, new Uri(root, "tab/"));
        Log.TaskPane(logger, new Uri(root, "tab/addin/taskpane.html"));
    }

    // Kestrel reports wildcard bindings as http://[::]:port or http://+:port; a browser wants localhost.
    private static Uri? Browsable(string address)
    {
        var normalised = address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(normalised.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Bot endpoint: {Url}")]
        public static partial void BotEndpoint(ILogger logger, Uri url);

        [LoggerMessage(2, LogLevel.Information, "Live map tab: {Url}")]
        public static partial void LiveMapTab(ILogger logger, Uri url);

        [LoggerMessage(3, LogLevel.Information, "Office add-in task pane: {Url}")]
        public static partial void TaskPane(ILogger logger, Uri url);
    }
}
