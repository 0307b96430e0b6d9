using System.Text.Json;
using TeamsJourney.Domain.Workshops;
using TeamsJourney.Storage;
using TeamsJourney.Workshops.Concurrency;

namespace TeamsJourney.Workshops.Persistence;

internal sealed partial class WorkshopRepository
{

    /// <summary>The workshop's depth settings: the newest snapshot, or the defaults when nobody chose.</summary>
    public async Task<DepthSettings> LoadDepthSettingsAsync(string workshopId, CancellationToken cancellationToken = default) =>
        (await ReadDepthSettingsAsync(workshopId, cancellationToken)).Settings;

    /// <summary>Applies <paramref name="change"/> to the newest settings and appends them, retrying when another writer saved first.</summary>
    /// <exception cref="Domain.Common.DomainValidationException">The change refused a value; nothing was stored.</exception>
    public async Task<DepthSettings> UpdateDepthSettingsAsync(string workshopId, Func<DepthSettings, DepthSettings> change, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var turn = await _streamGates.EnterAsync(workshopId, WorkshopStreams.DepthSettings, cancellationToken);
        return await ForgettingDeletedAsync<DepthSettings>($"changing the depth of workshop {workshopId}", async ct =>
        {
            var (current, version) = await ReadDepthSettingsAsync(workshopId, ct);
            var changed = change(current);
            if (changed.Equals(current))
            {
                return current;
            }

            var data = JsonSerializer.Serialize(DepthSettingsSnapshot.Of(changed), StoredSnapshotJsonContext.Default.DepthSettingsSnapshot);
            var result = await _store.AppendAsync(workshopId, WorkshopStreams.DepthSettings, version, [new NewEvent(DepthSettingsSnapshot.EventType, data, null, now)], null, ct);
            return result.IsAppended ? changed : null;
        }, cancellationToken);
    }

    private async Task<(DepthSettings Settings, long Version)> ReadDepthSettingsAsync(string workshopId, CancellationToken cancellationToken)
    {
        var latest = await CatchUpAsync<DepthSettings>(
            workshopId,
            WorkshopStreams.DepthSettings,
            stored => Task.FromResult<DepthSettings?>(ReadDepthSettings(workshopId, stored[^1])),
            (_, newer) => ReadDepthSettings(workshopId, newer[^1]),
            cancellationToken);
        return latest is { } found ? (found.State, found.StreamVersion) : (DepthSettings.Default, 0);
    }

    private static DepthSettings ReadDepthSettings(string workshopId, StoredEvent latest)
    {
        try
        {
            return (JsonSerializer.Deserialize(latest.Data, StoredSnapshotJsonContext.Default.DepthSettingsSnapshot)
                ?? throw new StoredEventFormatException($"Workshop {workshopId} has empty depth settings at version {latest.StreamVersion}.")).ToSettings();
        }
        catch (JsonException ex)
        {
            throw new StoredEventFormatException(latest, ex.Message, ex);
        }
    }
}
