import type { TabApiClient } from '../api/tab-api-client';
import type { GroupChanged, MapSnapshot, PresenceEntry, PresenceMode } from '../api/wire-types';
import type { MapHubClient, MapHubListener } from '../live/map-hub-client';
import type { MapStore } from '../state/map-store';
import type { Notices } from '../view/notices';
import type { PageChrome } from './page-chrome';

/**
 * Keeps the store current: loads the snapshot and joins the hub side by side, applies hub deltas
 * (holding back those that arrive before the snapshot), reads a group again once when a delta shows a
 * missed change, catches up from the last version seen after a reconnect, and keeps retrying while the
 * connection is down.
 */
export class LiveMapSession {
  private readonly hub: MapHubClient;
  private workshop = '';
  // Hub notices that arrive before the snapshot: applied after it, if newer. Null once loaded.
  private early: GroupChanged[] | null = [];
  // Groups being read again after a gap, with the deltas that arrived meanwhile (applied after the read, in order).
  private readonly refetching = new Map<string, GroupChanged[]>();

  constructor(
    private readonly api: TabApiClient,
    hubFactory: (listener: MapHubListener) => MapHubClient,
    private readonly store: MapStore,
    private readonly notices: Notices,
    private readonly chrome: PageChrome,
    private readonly onPresence: (entries: PresenceEntry[]) => void,
  ) {
    this.hub = hubFactory({
      groupChanged: (change) => (this.early ? this.early.push(change) : this.applyDelta(change)),
      presence: (entries) => this.onPresence(entries),
      conflictResolved: (notice) => this.notices.announce([`${notice.winner}'s change to an item was kept.`]),
      reconnected: () => void this.catchUp(),
      connectionChanged: (state) => {
        this.chrome.setConnection(state);
        if (state === 'disconnected') {
          this.restartLater();
        }
      },
    });
  }

  get workshopId(): string {
    return this.workshop;
  }

  /** This page's hub connection, to leave its own presence out. */
  get connectionId(): string | null {
    return this.hub.connectionId;
  }

  async start(workshopId: string, groupId: string | null): Promise<void> {
    this.workshop = workshopId;
    // A change stored between reading the map and joining the hub is picked up by the catch-up.
    const live = this.connectLive(groupId);
    await this.load(groupId);
    if (await live) {
      await this.catchUp();
    }
  }

  /** Shows one group (or all): a hub join with the new filter, then a fresh snapshot. */
  async switchGroup(groupId: string | null): Promise<void> {
    this.early = [];
    try {
      this.onPresence(await this.hub.join(this.workshop, groupId));
    } catch (error) {
      this.notices.error('Live updates are not available', String(error));
    }

    await this.load(groupId);
  }

  async setPresence(itemId: string | null, mode: PresenceMode): Promise<void> {
    try {
      await this.hub.setPresence(itemId, mode);
    } catch (error) {
      // Presence is a courtesy: losing one update must not disturb editing.
      console.warn('Presence update failed.', error);
    }
  }

  private async connectLive(groupId: string | null): Promise<boolean> {
    try {
      await this.hub.start();
      this.onPresence(await this.hub.join(this.workshop, groupId));
      return true;
    } catch (error) {
      this.chrome.setConnection('disconnected');
      this.notices.error('Live updates are not available', `${String(error)} The map is shown as loaded; it will retry.`);
      this.restartLater();
      return false;
    }
  }

  private async load(groupId: string | null): Promise<void> {
    let map: MapSnapshot;
    try {
      map = await this.api.loadMap(this.workshop, groupId);
    } catch (error) {
      // Stop holding notices back, or none would be applied again; the map shown keeps its versions.
      this.early = null;
      throw error;
    }

    performance.mark('map-received');
    const early = this.early ?? [];
    this.early = null;
    this.store.load(map, groupId);
    this.refetching.clear();
    for (const change of early) {
      this.applyDelta(change);
    }

    // Lets the benchmark and browser tests read the time to first render, and to its first paint.
    performance.mark('map-rendered');
    requestAnimationFrame(() => window.setTimeout(() => performance.mark('map-painted'), 0));
  }

  /** Applies a delta, or on a gap reads its group again once (deltas arriving meanwhile wait for the read). */
  private applyDelta(change: GroupChanged): void {
    const waiting = this.refetching.get(change.groupId);
    if (waiting) {
      waiting.push(change);
      return;
    }

    if (this.store.applyGroupChanged(change) === 'gap') {
      void this.refetchGroup(change.groupId);
    }
  }

  private async refetchGroup(groupId: string): Promise<void> {
    const waiting: GroupChanged[] = [];
    this.refetching.set(groupId, waiting);
    try {
      const map = await this.api.loadMap(this.workshop, groupId);
      const group = map.groups.find((g) => g.groupId === groupId);
      if (group) {
        this.store.applyGroup(group);
      }
    } catch (error) {
      // The map shown stays as it was; the next change (or a reconnect's catch-up) tries again.
      this.notices.error('Could not refresh a group after a missed change', String(error));
    } finally {
      if (this.refetching.get(groupId) === waiting) {
        this.refetching.delete(groupId);
      }
    }

    // Deltas newer than the read follow on from it; older ones are ignored; a further gap reads again.
    for (const change of waiting) {
      this.applyDelta(change);
    }
  }

  private async catchUp(): Promise<void> {
    if (!this.store.map) {
      return;
    }

    try {
      this.store.applyChanges(await this.api.changesAfter(this.workshop, this.store.position, this.store.groupFilter));
    } catch (error) {
      this.notices.error('Could not catch up after reconnecting', String(error));
    }
  }

  private restartLater(): void {
    window.setTimeout(() => {
      void (async () => {
        try {
          await this.hub.start();
          this.onPresence(await this.hub.join(this.workshop, this.store.groupFilter));
          await this.catchUp();
        } catch (error) {
          console.warn('Live connection still down; retrying.', error);
          this.restartLater();
        }
      })();
    }, 5_000);
  }
}
