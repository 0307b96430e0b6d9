namespace TeamsJourney.Domain.Maps;

/// <summary>How a touchpoint reaches the person.</summary>
public enum TouchpointChannel
{
    InPerson,
    Phone,
    Web,
    App,
    Email,
    Letter,
    SocialMedia,
    Chat,
    Other,
}
