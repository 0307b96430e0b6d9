using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Domain.Consolidation;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Planning;
using TeamsJourney.Domain.Versions;
using TeamsJourney.Workshops.Groups;
using TeamsJourney.Workshops.People;
using TeamsJourney.Workshops.Plenary;

namespace TeamsJourney.Bot.Tests.EndToEnd;

public abstract partial class BotEndToEndTests
{
    /// <summary>
    /// The method's second half on a real host: three groups finish MVP maps through /api/messages, the facilitator
    /// consolidates (a split and a merge), members of different groups vote workshop-wide from chat, three initiatives
    /// are agreed with owners and dates, version 1 is frozen, round two edits five notes, and the comparison with
    /// version 1 lists exactly those five changes.
    /// </summary>
    [Fact]
    public async Task Three_groups_MVP_maps_are_consolidated_voted_agreed_frozen_and_compared_after_a_second_round()
    {
        await using var host = StartHost();
        var groups = new List<GroupWalker>();
        for (var table = 1; table <= 3; table++)
        {
            var group = new GroupWalker(host, Channel, AThread());
            await group.SayAsync($"start missed-bin-collection as Table {table}");
            for (var turn = 0; !group.IsFinished; turn++)
            {
                Assert.True(turn < 40, $"Table {table} did not finish its MVP map; stuck at {group.Card.StepId}.");
                await group.AnswerCurrentStepAsync(turn);
            }

            groups.Add(group);
        }

        var workshopId = groups[0].WorkshopId;
        Assert.All(groups, g => Assert.Equal(workshopId, g.WorkshopId));
        var facilitator = new Participant("aad-" + groups[0].Teams.User.Id, groups[0].Teams.User.Name);
        var read = host.Services.GetRequiredService<ReadPlenary>();
        var consolidate = host.Services.GetRequiredService<ConsolidateMap>();
        var plan = host.Services.GetRequiredService<PlanInitiatives>();
        var versions = host.Services.GetRequiredService<WorkshopVersions>();

        // Consolidate: the groups typed the same answers, so their notes cluster; split one group's note out (two
        // clusters), then merge it back in (one again).
        var start = (await read.ReadAsync(workshopId))!;
        Assert.Equal(3, start.Consolidation.Groups.Count);
        var shared = start.Consolidation.Clusters.First(c => c.GroupCount == 3);
        var splitOut = shared.Members[^1].Ref;
        Assert.Equal(PlenaryOutcome.Applied, (await consolidate.ApplyAsync(workshopId, facilitator, new SplitCluster([splitOut]))).Outcome);
        var afterSplit = (await read.ReadAsync(workshopId))!.Consolidation;
        Assert.NotEqual(afterSplit.ClusterOf(splitOut)!.Id, afterSplit.ClusterOf(shared.Members[0].Ref)!.Id);
        var merged = await consolidate.ApplyAsync(workshopId, facilitator, new MergeClusters([splitOut, shared.Members[0].Ref]));
        Assert.Equal(PlenaryOutcome.Applied, merged.Outcome);
        Assert.Equal(3, merged.View!.Consolidation.ClusterOf(splitOut)!.GroupCount);
        Assert.Equal(start.Consolidation.Clusters.Sum(c => c.Members.Count), merged.View!.Consolidation.Clusters.Sum(c => c.Members.Count));

        // Vote across the workshop from chat, as members of three different groups.
        var pool = merged.View.Initiatives.Initiatives;
        Assert.True(pool.Count >= 3, $"The groups proposed {pool.Count} initiatives.");
        var before = Channel.Calls.Count;
        await host.PostActivityAsync(groups[0].Teams.MessageMentioningBot("workshop vote"));
        var voteCard = await Channel.WaitForCallAsync(c => c.CardText.Contains("Vote across the workshop", StringComparison.Ordinal), skip: before);
        foreach (var (group, who, choice) in new[] { (0, "29:ann", 0), (1, "29:ben", 0), (2, "29:cat", 1) })
        {
            groups[group].Teams.User = (who, who[3..]);
            var first = pool[choice].MemberRefs.First();
            var data = new JsonObject { ["workshopId"] = workshopId, ["groupId"] = first.GroupId, ["initiativeId"] = first.InitiativeId };
            var pressed = await host.PostActivityAsync(groups[group].Teams.CardAction("workshopDot", data, voteCard.ReturnedId));
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        }

        var voted = (await read.ReadAsync(workshopId))!.Initiatives;
        Assert.Equal(2, voted.FindById(pool[0].Id)!.Votes);
        Assert.Equal(1, voted.FindById(pool[1].Id)!.Votes);

        // Agree three initiatives with owners and dates, and freeze version 1.
        foreach (var (initiative, owner) in pool.Take(3).Zip(["Waste services", "Digital team", "Contact centre"]))
        {
            var agreed = await plan.ChangeAsync(workshopId, facilitator, new AgreeInitiative(initiative.MemberRefs.First(), owner, new DateOnly(2027, 3, 31), "Fewer repeat calls"));
            Assert.Equal(PlenaryOutcome.Applied, agreed.Outcome);
        }

        var frozen = await versions.FreezeAsync(workshopId, facilitator, "As-is, agreed 14 March");
        Assert.Equal(PlenaryOutcome.Applied, frozen.Outcome);
        Assert.Equal(3, frozen.View!.Initiatives.ActionPlan.Count);

        // Round two: five notes edited across the groups.
        var edited = new List<string>();
        foreach (var (group, index) in new[] { (0, 0), (0, 1), (1, 0), (2, 0), (2, 2) })
        {
            var session = (await host.Repository.LoadGroupAsync(workshopId, groups[group].GroupId))!;
            var item = session.Map.Items[index];
            var text = $"Round two: {item.Text}";
            var context = CommandContext.Create(new CommandActor(facilitator.UserId, facilitator.DisplayName, IsFacilitator: true), DateTimeOffset.UtcNow);
            var result = await host.Repository.ExecuteAsync(workshopId, groups[group].GroupId, null, new EditItem(item.Id, text, item.Version), context, null);
            Assert.Equal(GroupCommandOutcome.Applied, result.Outcome);
            edited.Add(text);
        }

        var comparison = (await versions.CompareAsync(workshopId, 1, null))!;

        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Removed);
        Assert.Empty(comparison.EmotionChanges);
        Assert.Empty(comparison.InitiativeChanges);
        Assert.Equal(edited.Order(StringComparer.Ordinal), comparison.Changed.Select(c => c.After.Text).Order(StringComparer.Ordinal));
        Assert.All(comparison.Changed, c => Assert.Equal(ItemChangeKind.Text, c.Kind));
    }
}
