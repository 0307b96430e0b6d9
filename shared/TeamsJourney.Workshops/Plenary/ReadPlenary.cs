namespace TeamsJourney.Workshops.Plenary;

/// <summary>Reads the workshop's second half: consolidated map, pooled initiatives and plan, versions.</summary>
public sealed class ReadPlenary
{
    private readonly PlenaryReader _reader;

    internal ReadPlenary(PlenaryReader reader) => _reader = reader;

    /// <summary>The second half as it stands, or null when there is no such workshop.</summary>
    public async Task<PlenaryView?> ReadAsync(string workshopId, CancellationToken cancellationToken = default) =>
        (await _reader.ReadAsync(workshopId, cancellationToken))?.View;
}
