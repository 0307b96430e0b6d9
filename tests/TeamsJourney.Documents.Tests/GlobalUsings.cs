// The read model uses the domain's lanes and their catalog; aliases keep the domain's other same-named types out of scope.
global using Lane = TeamsJourney.Domain.Maps.Lane;
global using LaneCatalog = TeamsJourney.Domain.Maps.LaneCatalog;
