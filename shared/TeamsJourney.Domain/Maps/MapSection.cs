namespace TeamsJourney.Domain.Maps;

/// <summary>The parts of a workshop's map, in the order a group fills them.</summary>
public enum MapSection
{
    /// <summary>Who the journey is about; captured as fields, so no lane belongs here.</summary>
    Persona,

    /// <summary>The journey map: what the person does, meets, thinks and suffers, stage by stage.</summary>
    Journey,

    /// <summary>The service blueprint: what the organisation does, seen and unseen, behind the journey.</summary>
    Blueprint,
}
