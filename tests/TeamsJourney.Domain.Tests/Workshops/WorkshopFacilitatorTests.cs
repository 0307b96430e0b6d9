using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Workshops;

namespace TeamsJourney.Domain.Tests.Workshops;

public sealed class WorkshopFacilitatorTests
{
    private static Workshop AWorkshop() => Workshop.Create("ws-1", "Waste services journey day", new TeamsLocation("tenant-1", "team-1", "19:abc@thread.tacv2"));

    [Fact]
    public void A_facilitator_added_is_recognised_and_others_are_not()
    {
        var workshop = AWorkshop();

        workshop.AddFacilitator("29:priya");

        Assert.True(workshop.IsFacilitator("29:priya"));
        Assert.False(workshop.IsFacilitator("29:sam"));
    }

    [Fact]
    public void Adding_the_same_facilitator_twice_keeps_one_entry()
    {
        var workshop = AWorkshop();

        workshop.AddFacilitator("29:priya");
        workshop.AddFacilitator("29:priya");

        Assert.Equal(["29:priya"], workshop.Facilitators);
    }

    [Fact]
    public void A_blank_facilitator_id_is_refused_with_the_field_named()
    {
        var ex = Assert.Throws<DomainValidationException>(() => AWorkshop().AddFacilitator(" "));

        Assert.Equal("facilitator id", ex.Field);
    }
}
