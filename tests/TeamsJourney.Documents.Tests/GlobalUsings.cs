// The read model uses the domain's lanes; an alias keeps the domain's other same-named types out of scope.
global using Lane = TeamsJourney.Domain.Maps.Lane;
