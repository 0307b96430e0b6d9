using TeamsJourney.Domain.Common;

namespace TeamsJourney.Domain.Tests.Common;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("group-1")]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("a b")] // inner spaces are fine: only the ends matter
    [InlineData("Zoë ✓ 日本")]
    public void A_present_short_id_without_control_characters_is_returned_as_it_is(string id) =>
        Assert.Same(id, Identifier.Require(id, "group id"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_id_is_refused_by_name(string? id) =>
        Assert.Equal("The group id is missing.", Assert.Throws<DomainValidationException>(() => Identifier.Require(id, "group id")).Message);

    [Theory]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("tab\tinside")]
    [InlineData("new\nline")]
    [InlineData("nul\0")]
    [InlineData("delete\u007F")]
    [InlineData("c1 control\u0085x")]
    [InlineData("\u00A0no-break space at the start")]
    public void Spaces_at_the_ends_and_control_characters_anywhere_are_refused(string id) =>
        Assert.Contains("control characters", Assert.Throws<DomainValidationException>(() => Identifier.Require(id, "group id")).Message);

    [Fact]
    public void An_id_longer_than_the_limit_is_refused() =>
        Assert.Throws<DomainValidationException>(() => Identifier.Require(new string('x', Identifier.MaxLength + 1), "group id"));
}
