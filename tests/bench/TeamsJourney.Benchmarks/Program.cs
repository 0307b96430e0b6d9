using TeamsJourney.Benchmarks;
using TeamsJourney.Benchmarks.Crash;
using TeamsJourney.Benchmarks.Coedit;
using TeamsJourney.Benchmarks.Driver;
using TeamsJourney.Benchmarks.Fuzz;
using TeamsJourney.Benchmarks.Generation;
using TeamsJourney.Benchmarks.Starts;
using TeamsJourney.Benchmarks.Tab;
using TeamsJourney.Benchmarks.Turns;

// Two roles in one executable: the driver the user runs, and the generator child it starts once per size so
// that each size's peak memory is measured in a fresh process, as the peer's is.
try
{
    return args switch
    {
        ["crash", .. var rest] => CrashBenchmark.Run(CrashOptions.Parse(rest)),
        ["documents", .. var rest] => DocumentsBenchmark.Run(DriverOptions.Parse(rest)),
        ["fuzz", .. var rest] => FuzzBenchmark.Run(FuzzOptions.Parse(rest)),
        ["generate", .. var rest] => GenerationCommand.Run(GenerationOptions.Parse(rest)),
        ["tab", .. var rest] => TabBenchmark.Run(TabOptions.Parse(rest)),
        ["turns", .. var rest] => TurnBenchmark.Run(TurnOptions.Parse(rest)),
        ["coedit", .. var rest] => CoeditBenchmark.Run(CoeditOptions.Parse(rest)),
        ["starts", .. var rest] => StartsBenchmark.Run(StartsOptions.Parse(rest)),
        _ => Usage(),
    };
}
catch (BenchmarkUsageException error)
{
    Console.Error.WriteLine(error.Message);
    return Usage();
}
catch (BenchmarkFailedException error)
{
    Console.Error.WriteLine($"Benchmark failed: {error.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          crash [--rounds 5] [--groups 10] [--seconds 4] [--skip-host-build]
              kill -9 rounds: groups type answers into the Release host on SQLite, killed with SIGKILL mid-stream and
              restarted; acknowledged, lost, duplicated (issue 14).
          documents [--sizes 500,1000,2000,4000] [--runs 5] [--tiering default|no-pgo|off] [--peers DIR] [--keep]
              Times our PPTX + DOCX writers against the npm peers (pptxgenjs + docx) on the same fixtures.
          fuzz [--activities 10000] [--tab-requests 2000] [--seed 14] [--parallelism 4]
              Hostile activities (signed as the channel) through /api/messages and hostile tab requests through the real
              host on SQLite; requests, 5xx, inner 500, unhandled exceptions in the log (issue 14).
          generate --fixture FILE --out DIR [--runs 5]
              (child role) Generates both documents from one fixture and prints the figures as JSON.
          tab [--clients 100] [--changes 200] [--items 2000] [--loads 5] [--large-changes 30] [--skip-host-build] [--single-only]
              Live map tab: change-to-tab latency (1 instance, and 2 instances on Azurite + Redis),
              gzip size of tabs/web/dist, first render of a large map in Debian's chromium.
          turns [--participants 300[,3000]] [--group-size 5] [--seconds 10] [--press-every 5] [--stores sqlite,azurite] [--loops closed,open] [--first-turn-runs 5] [--warm-up 5] [--only-first-turn] [--host build|published|DIR] [--skip-host-build]
              Card turns through /api/messages: groups in channel threads pressing cards, closed and open loop, on SQLite
              and Azurite, with an empty endpoint as the ceiling; turns/s, p50/p95/p99, busy, warnings, misfiled, CPU, peak RSS.
              --host published runs them on the ReadyToRun publish deployments use (DIR: an earlier publish's folder).
          coedit [--editors 50] [--edits 1000] [--instances 2] [--shared-percent 10] [--retries 5] [--stores sqlite,azurite] [--skip-host-build]
              Co-editors on one group's map through the tab API (instances share the store): attempts, 503s, conflicts,
              failed after retry, lost updates, edits/s, p50/p95.
          starts [--groups 20] [--rounds 5] [--stores sqlite,azurite] [--skip-host-build]
              Groups started at the same moment in one new channel: answered with their group, busy, unanswered.
        """);
    return 2;
}
