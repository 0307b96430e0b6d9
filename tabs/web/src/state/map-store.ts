import type { ChangesSnapshot, GroupChanged, GroupSnapshot, Initiative, MapItem, MapSnapshot } from '../api/wire-types';
import { describeGroupChange } from './group-diff';

/** Why the store changed: the page re-renders the named group (or everything) and announces remote news. */
export interface StoreChange {
  /** The group to redraw, or null for the whole map. */
  groupId: string | null;
  /** Sentences for the live region; empty for changes this person made. */
  announcements: string[];
}

export type StoreListener = (change: StoreChange) => void;

/**
 * The map as this tab knows it, with each group's version (the group's own stream version) and the position to
 * catch up from. Whole group snapshots replace older ones; a snapshot of a group at or below the version held is
 * ignored, so late or repeated messages never roll the map back.
 */
export class MapStore {
  private snapshot: MapSnapshot | null = null;
  private readonly groupVersions = new Map<string, number>();
  private readonly listeners: StoreListener[] = [];
  private filter: string | null = null;

  get map(): MapSnapshot | null {
    return this.snapshot;
  }

  /** The workshop version shown (the sum of its groups' versions). */
  get version(): number {
    return this.snapshot?.version ?? 0;
  }

  /** Where a catch-up starts from: the position of the last /map or /changes answer (pushes since are re-sent, never missed). */
  get position(): string {
    return this.snapshot?.position ?? '0';
  }

  get groupFilter(): string | null {
    return this.filter;
  }

  subscribe(listener: StoreListener): void {
    this.listeners.push(listener);
  }

  /** Takes a fresh map from GET /map (first load or a change of group filter). */
  load(snapshot: MapSnapshot, groupFilter: string | null): void {
    this.snapshot = { ...snapshot, groups: [...snapshot.groups] };
    this.filter = groupFilter;
    this.groupVersions.clear();
    for (const group of snapshot.groups) {
      this.groupVersions.set(group.groupId, group.version);
    }

    this.emit({ groupId: null, announcements: [] });
  }

  /** Applies a hub notice; returns false when it was old news or for a group not shown. */
  applyGroupChanged(change: GroupChanged): boolean {
    if (!this.snapshot || change.workshopId !== this.snapshot.workshopId) {
      return false;
    }

    return this.replaceGroup(change.group, change.version, true);
  }

  /** Applies a GET /changes answer after a reconnect. */
  applyChanges(changes: ChangesSnapshot): void {
    for (const group of changes.groups) {
      this.replaceGroup(group, group.version, true);
    }

    if (this.snapshot) {
      this.snapshot = { ...this.snapshot, position: changes.position };
    }

    this.raiseVersion(changes.version);
  }

  /**
   * Applies this person's own confirmed edit without waiting for the hub's echo. The group's version is left alone:
   * the echo's snapshot may also carry others' changes this tab has not seen yet.
   */
  applyOwnItem(groupId: string, item: MapItem): void {
    const group = this.group(groupId);
    if (!group) {
      return;
    }

    const existing = group.items.find((i) => i.id === item.id);
    if (existing && existing.version > item.version) {
      return;
    }

    const items = existing ? group.items.map((i) => (i.id === item.id ? item : i)) : [...group.items, item];
    this.putGroup({ ...group, items });
    this.emit({ groupId, announcements: [] });
  }

  /** Applies a conflict's "current" value: the item as the winner left it (null: deleted). */
  applyCurrentItem(groupId: string, itemId: string, current: MapItem | null): void {
    const group = this.group(groupId);
    if (!group) {
      return;
    }

    if (current === null) {
      this.removeOwnItem(groupId, itemId);
      return;
    }

    this.applyOwnItem(groupId, current);
  }

  removeOwnItem(groupId: string, itemId: string): void {
    const group = this.group(groupId);
    if (!group) {
      return;
    }

    this.putGroup({ ...group, items: group.items.filter((i) => i.id !== itemId) });
    this.emit({ groupId, announcements: [] });
  }

  applyOwnInitiative(groupId: string, initiative: Initiative): void {
    const group = this.group(groupId);
    if (!group) {
      return;
    }

    this.putGroup({ ...group, initiatives: group.initiatives.map((i) => (i.id === initiative.id ? initiative : i)) });
    this.emit({ groupId, announcements: [] });
  }

  group(groupId: string): GroupSnapshot | undefined {
    return this.snapshot?.groups.find((g) => g.groupId === groupId);
  }

  findItem(itemId: string): { group: GroupSnapshot; item: MapItem } | null {
    for (const group of this.snapshot?.groups ?? []) {
      const item = group.items.find((i) => i.id === itemId);
      if (item) {
        return { group, item };
      }
    }

    return null;
  }

  private replaceGroup(incoming: GroupSnapshot, version: number, announce: boolean): boolean {
    if (!this.snapshot || (this.filter !== null && incoming.groupId !== this.filter)) {
      return false;
    }

    const seen = this.groupVersions.get(incoming.groupId) ?? 0;
    if (version <= seen) {
      return false;
    }

    const before = this.group(incoming.groupId);
    // Broadcast snapshots cannot know who "me" is; keep this person's own vote marks.
    const myVotes = new Map(before?.initiatives.map((i) => [i.id, i.hasMyVote]) ?? []);
    const group: GroupSnapshot = {
      ...incoming,
      initiatives: incoming.initiatives.map((i) => ({ ...i, hasMyVote: myVotes.get(i.id) ?? i.hasMyVote })),
    };
    this.groupVersions.set(group.groupId, version);
    this.putGroup(group);
    // The workshop version is the sum of the groups' versions: this group moved it on by what it moved on.
    this.raiseVersion((this.snapshot?.version ?? 0) + (version - seen));
    const announcements = announce ? describeGroupChange(before, group, this.snapshot.lanes) : [];
    this.emit({ groupId: before ? group.groupId : null, announcements });
    return true;
  }

  private putGroup(group: GroupSnapshot): void {
    if (!this.snapshot) {
      return;
    }

    const index = this.snapshot.groups.findIndex((g) => g.groupId === group.groupId);
    const groups = [...this.snapshot.groups];
    if (index >= 0) {
      groups[index] = group;
    } else {
      groups.push(group);
    }

    this.snapshot = { ...this.snapshot, groups };
  }

  private raiseVersion(version: number): void {
    if (this.snapshot && version > this.snapshot.version) {
      this.snapshot = { ...this.snapshot, version };
    }
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) {
      listener(change);
    }
  }
}
