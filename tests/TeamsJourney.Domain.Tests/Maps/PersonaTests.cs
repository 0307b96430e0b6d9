using TeamsJourney.Domain.Common;
using TeamsJourney.Domain.Maps;

namespace TeamsJourney.Domain.Tests.Maps;

public sealed class PersonaTests
{
    [Fact]
    public void Single_fields_are_replaced()
    {
        var persona = Persona.Empty.WithAnswer(PersonaField.Name, "Maureen").WithAnswer(PersonaField.Name, "Maureen, 72");
        Assert.Equal("Maureen, 72", persona.Name);
    }

    [Fact]
    public void List_fields_are_appended()
    {
        var persona = Persona.Empty.WithAnswer(PersonaField.Goals, "Bin emptied").WithAnswer(PersonaField.Goals, "No fuss");
        Assert.Equal(["Bin emptied", "No fuss"], persona.Goals);
    }

    [Fact]
    public void An_empty_answer_is_refused_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Persona.Empty.WithAnswer(PersonaField.LifeContext, ""));
        Assert.Equal("persona life context", ex.Field);
    }
}
