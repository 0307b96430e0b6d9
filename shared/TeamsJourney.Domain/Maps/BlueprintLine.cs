namespace TeamsJourney.Domain.Maps;

/// <summary>A line drawn between two adjacent lanes of a service blueprint.</summary>
/// <param name="Name">A stable identifier, e.g. "LineOfVisibility".</param>
/// <param name="Label">What a legend prints, e.g. "Line of visibility".</param>
/// <param name="Above">The lane directly above the line.</param>
/// <param name="Below">The lane directly below the line.</param>
/// <param name="Meaning">Why the line is there, for legends and tooltips.</param>
public sealed record BlueprintLine(string Name, string Label, Lane Above, Lane Below, string Meaning);
