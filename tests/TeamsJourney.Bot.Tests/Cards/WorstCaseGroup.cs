using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Maps;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Bot.Tests.Cards;

/// <summary>
/// The biggest group the domain allows where a card has to show it: a pain point lane full of the longest
/// entries, thirty initiatives with long titles linked to every pain point, all of it hostile text.
/// Built once through the real engine; the prompts are those the bot would render at each step.
/// </summary>
internal sealed class WorstCaseGroup
{
    public const int EntriesInLane = JourneyMap.MaxItemsPerCell;
    public const int InitiativeCount = 30;
    public const int InitiativeTitleLength = 2_000;

    private static readonly Lazy<WorstCaseGroup> Built = new(Build);

    private WorstCaseGroup(Prompt fullLane, Prompt ideas, Prompt voting, Prompt rating, Prompt review)
    {
        FullLane = fullLane;
        Ideas = ideas;
        Voting = voting;
        Rating = rating;
        Review = review;
    }

    public static WorstCaseGroup Instance => Built.Value;

    /// <summary>The pain point step holding <see cref="EntriesInLane"/> entries of the longest allowed text.</summary>
    public Prompt FullLane { get; }

    /// <summary>The initiative step listing every long pain point to link to, with the initiatives proposed.</summary>
    public Prompt Ideas { get; }

    public Prompt Voting { get; }

    public Prompt Rating { get; }

    public Prompt Review { get; }

    public IEnumerable<(string Name, Prompt Prompt)> All =>
        [("full lane", FullLane), ("initiative ideas", Ideas), ("voting", Voting), ("impact and effort", Rating), ("review", Review)];

    private static WorstCaseGroup Build()
    {
        var walk = ScenarioWalk.Started(ScenarioWalk.Script("missed-bin-collection"), HostileText.OfLength(200))
            .UntilStep(StepKind.StageItems, Lane.PainPoint);
        for (var i = 0; i < EntriesInLane; i++)
        {
            walk.Do(new Answer($"{i}: {HostileText.OfLength(TextAnswer.MaxLength - 10)}", null, EvidenceKind.Fact, HostileText.OfLength(Evidence.MaxSourceLength)));
        }

        var fullLane = walk.Session.PromptFor(ScenarioWalk.ViewerId);
        walk.Do(new Next());
        walk.UntilStep(StepKind.InitiativeIdeas);
        var painPoints = walk.Session.Map.PainPoints.Select(p => p.Id).ToList();
        for (var i = 0; i < InitiativeCount; i++)
        {
            walk.Do(new ProposeInitiative($"{i}: {HostileText.OfLength(InitiativeTitleLength)}", painPoints, HostileText.OfLength(TextAnswer.MaxLength)));
        }

        var ideas = walk.Session.PromptFor(ScenarioWalk.ViewerId);
        walk.Do(new Next());
        foreach (var initiative in walk.Session.Map.Initiatives.Take(walk.Session.Script.Initiatives.Voting.DotsPerPerson))
        {
            walk.Do(new Vote(initiative.Id));
        }

        var voting = walk.Session.PromptFor(ScenarioWalk.ViewerId);
        walk.Do(new Next());
        walk.UntilStep(StepKind.ImpactEffort);
        foreach (var initiative in walk.Session.Map.Initiatives)
        {
            walk.Do(new RateInitiative(initiative.Id, 5, 1));
        }

        var rating = walk.Session.PromptFor(ScenarioWalk.ViewerId);
        walk.Do(new Next());
        walk.UntilStep(StepKind.Review);
        return new WorstCaseGroup(fullLane, ideas, voting, rating, walk.Session.PromptFor(ScenarioWalk.ViewerId));
    }
}
