using TeamsJourney.Domain.Facilitation;
using TeamsJourney.Domain.Facilitation.Commands;
using TeamsJourney.Domain.Facilitation.Events;
using TeamsJourney.Domain.Scenarios;

namespace TeamsJourney.Domain.Tests.Builders;

/// <summary>Plays the bot: sends commands to one group, keeps its event log and session.</summary>
internal sealed class GroupDriver
{
    public static readonly CommandActor Alice = new("user-alice", "Alice");
    public static readonly CommandActor Bob = new("user-bob", "Bob");
    public static readonly CommandActor Facilitator = new("user-fac", "Fran (facilitator)", IsFacilitator: true);

    private static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    private readonly List<GroupEvent> _events = [];
    private int _nextId;
    private int _minutes;

    public GroupDriver(ScenarioScript script) => Session = GroupSession.New(script);

    public GroupSession Session { get; private set; }

    public IReadOnlyList<GroupEvent> Events => _events;

    public static GroupDriver For(ScenarioScript script) => new(script);

    public static GroupDriver Started(ScenarioScript script)
    {
        var driver = new GroupDriver(script);
        driver.Accept(new Start("Group A"));
        return driver;
    }

    public CommandContext Context(CommandActor? actor = null) =>
        new(actor ?? Alice, Start.AddMinutes(_minutes++), () => $"id-{++_nextId}");

    public Decision Send(GroupCommand command, CommandActor? actor = null)
    {
        var decision = FacilitationEngine.Decide(Session, command, Context(actor));
        if (decision is Accepted accepted)
        {
            _events.AddRange(accepted.Events);
            Session = accepted.Session;
        }

        return decision;
    }

    public Accepted Accept(GroupCommand command, CommandActor? actor = null)
    {
        var decision = Send(command, actor);
        if (decision is Rejected rejected)
        {
            Assert.Fail($"Expected {command} on step {Session.CurrentStep.Id} to be accepted, but: {rejected.Reason}");
        }

        return Assert.IsType<Accepted>(decision);
    }

    public Rejected Reject(GroupCommand command, CommandActor? actor = null)
    {
        var decision = Send(command, actor);
        return Assert.IsType<Rejected>(decision);
    }

    /// <summary>Skips forward until the current step is <paramref name="stepId"/>.</summary>
    public GroupDriver GoTo(string stepId)
    {
        Assert.NotNull(Session.Script.FindStep(stepId));
        while (Session.CurrentStep.Id != stepId)
        {
            Accept(new Skip());
        }

        return this;
    }

    /// <summary>Adds an item on the current step and returns its id.</summary>
    public string AddItem(string text, CommandActor? actor = null)
    {
        var added = Assert.IsType<ItemAdded>(Accept(new Answer(text), actor).Events.Single());
        return added.ItemId;
    }
}
