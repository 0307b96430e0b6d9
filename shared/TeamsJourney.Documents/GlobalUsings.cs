// The read model shares the domain's lanes rather than keeping a copy of the enum; an alias (not a namespace import)
// keeps the domain's other types, whose names overlap the read model's (Evidence, MapItem, Persona), out of scope.
global using Lane = TeamsJourney.Domain.Maps.Lane;
