using TeamsJourney.Benchmarks.Processes;
using TeamsJourney.Benchmarks.Tab;
using TeamsJourney.Testing.Channel;
using TeamsJourney.Testing.Crash;

namespace TeamsJourney.Benchmarks.Crash;

/// <summary>
/// The `crash` command (issue 14): the full kill -9 run the CI test shortens. Groups type answers into the real host
/// process on SQLite; each round the process is killed with SIGKILL mid-stream and started again on the same file.
/// Printed: acknowledged, lost, duplicated (and the answers the kill cut before they were acknowledged).
/// </summary>
internal static class CrashBenchmark
{
    public static int Run(CrashOptions options) => RunAsync(options).GetAwaiter().GetResult() ? 0 : 1;

    private static async Task<bool> RunAsync(CrashOptions options)
    {
        var repository = RepositoryFolders.Find();
        if (!options.SkipHostBuild)
        {
            Console.WriteLine("Building the host (Release) ...");
            ProcessRunner.Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository.BotProject, "TeamsJourney.Bot.csproj")], repository.Root);
        }

        var folder = Directory.CreateTempSubdirectory("teamsjourney-crash-").FullName;
        try
        {
            await using var channel = await LocalChannelService.StartAsync();
            Console.WriteLine($"Crash: {options.Rounds} rounds of kill -9, {options.Groups} groups answering {options.Seconds} s per round ...");
            var tally = await CrashRounds.RunAsync(channel, folder, options.Rounds, options.Groups, TimeSpan.FromSeconds(options.Seconds));
            Console.WriteLine();
            Console.WriteLine("| rounds | groups | acknowledged | lost | duplicated | unacknowledged (cut by the kill) | seconds |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| {tally.Rounds} | {options.Groups} | {tally.Acknowledged:N0} | {tally.Lost} | {tally.Duplicated} | {tally.Unacknowledged} | {tally.Elapsed.TotalSeconds:F1} |");
            return tally.Lost == 0 && tally.Duplicated == 0 && tally.Acknowledged > 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
