using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Bot.Documents;
using TeamsJourney.Workshops.Documents;

namespace TeamsJourney.Bot.Tests.EndToEnd;

/// <summary>
/// Document jobs survive a restart (issue 14): a job a stopped host left behind is found in the store and resumed,
/// or, when it already stopped twice, its card says it failed; never left at its last percentage.
/// </summary>
public abstract partial class BotEndToEndTests
{
    [Fact]
    public async Task A_document_job_a_stopped_host_left_half_done_is_resumed_and_its_card_ends_with_the_links()
    {
        await using var host = HostWithInstantJobRecovery();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var jobs = host.Services.GetRequiredService<DocumentJobs>();
        var job = LeftBehind(group, "card-resumed");
        await jobs.RecordQueuedAsync(job);
        await jobs.RecordStartedAsync(job);

        var (resumed, failed) = await host.Services.GetRequiredService<DocumentJobRecovery>().RecoverAsync(CancellationToken.None);

        Assert.Equal((1, 0), (resumed, failed));
        await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == "card-resumed" && c.CardText.Contains("Resuming after the service restarted", StringComparison.Ordinal));
        await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == "card-resumed" && c.CardText.Contains("Your documents are ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await WaitUntilAsync(async () => (await jobs.ListUnfinishedAsync()).All(j => j.JobId != job.JobId));
    }

    [Fact]
    public async Task A_document_job_that_stopped_twice_is_reported_failed_on_its_card_and_not_run_again()
    {
        await using var host = HostWithInstantJobRecovery();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");
        var jobs = host.Services.GetRequiredService<DocumentJobs>();
        var job = LeftBehind(group, "card-failed");
        await jobs.RecordQueuedAsync(job);
        await jobs.RecordStartedAsync(job);
        await jobs.RecordStartedAsync(job);

        var (resumed, failed) = await host.Services.GetRequiredService<DocumentJobRecovery>().RecoverAsync(CancellationToken.None);

        Assert.Equal((0, 1), (resumed, failed));
        var card = await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.ActivityId == "card-failed");
        Assert.Contains("service restarted", card.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(await jobs.ListUnfinishedAsync(), j => j.JobId == job.JobId);
    }

    [Fact]
    public async Task A_generated_document_job_leaves_nothing_unfinished_in_the_store()
    {
        await using var host = HostWithInstantJobRecovery();
        var group = new GroupWalker(host, Channel, AThread());
        await group.SayAsync("start missed-bin-collection");

        await group.SayAsync("generate documents");
        await Channel.WaitForCallAsync(c => c.Method == "PUT" && c.CardText.Contains("Your documents are ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        var jobs = host.Services.GetRequiredService<DocumentJobs>();
        await WaitUntilAsync(async () => (await jobs.ListUnfinishedAsync()).All(j => j.WorkshopId != group.WorkshopId));
    }

    // The host's own sweep waits an hour; the tests run it when they mean to, with no staleness margin.
    private BotHost HostWithInstantJobRecovery() => new(Channel, new Dictionary<string, string?>(StorageSettings)
    {
        ["DocumentJobs:SweepSeconds"] = "3600",
        ["DocumentJobs:StaleAfterSeconds"] = "0",
    });

    private DocumentJobRecord LeftBehind(GroupWalker group, string cardActivityId) => new(
        Guid.NewGuid().ToString("N"), group.WorkshopId, Channel.ServiceUrl.ToString(), group.Teams.ConversationId, cardActivityId, "aad-facilitator", "Facilitator", "http://localhost/");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 20 s.");
            await Task.Delay(50);
        }
    }
}
