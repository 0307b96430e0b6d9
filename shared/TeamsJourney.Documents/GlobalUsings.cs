// The read model shares the domain's lanes and their catalog rather than keeping copies; aliases (not a namespace
// import) keep the domain's other types, whose names overlap the read model's (Evidence, MapItem, Persona), out of scope.
global using Lane = TeamsJourney.Domain.Maps.Lane;
global using LaneCatalog = TeamsJourney.Domain.Maps.LaneCatalog;
