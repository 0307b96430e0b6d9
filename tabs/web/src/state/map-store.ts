import type { ChangesSnapshot, GroupChanged, GroupSnapshot, Initiative, MapItem, MapSnapshot } from '../api/wire-types';
import { describeGroupChange } from './group-diff';
import { applyDelta, deltaFit, type DeltaFit } from './group-delta';

/** Why the store changed: the page re-renders the named group (or everything) and announces remote news. */
export interface StoreChange {
  /** The group to redraw, or null for the whole map. */
  groupId: string | null;
  /** Sentences for the live region; empty for changes this person made. */
  announcements: string[];
  /**
   * Set when only items changed: the cells (stage and lane) they left or entered, so the page can redraw just those.
   * Absent: redraw the whole group.
   */
  cells?: { stageId: string; lane: string }[];
}

export type StoreListener = (change: StoreChange) => void;

/**
 * The map as this tab knows it: each group with its own stream version, and the position to catch up from (the
 * position of the last /map or /changes answer: every group's version, opaque to the tab). Hub deltas are applied in
 * place when they start at the group's version; whole group snapshots (a re-read after a gap, a catch-up) replace
 * older ones; anything at or below the version held is ignored, so late or repeated messages never roll the map back.
 * The workshop version shown is the sum of the groups' versions (there is no workshop-wide sequence).
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
      this.groupVersions.set(group.groupId, group.groupVersion);
    }

    this.emit({ groupId: null, announcements: [] });
  }

  /**
   * Applies a hub delta. 'applies': done; 'old': already had it; 'gap': a change to this group was missed, so the
   * caller reads the group again ({@link applyGroup}); 'ignored': another workshop, or a group not shown.
   */
  applyGroupChanged(change: GroupChanged): DeltaFit | 'ignored' {
    if (!this.snapshot || change.workshopId !== this.snapshot.workshopId || !this.shows(change.groupId)) {
      return 'ignored';
    }

    const fit = deltaFit(this.groupVersions.get(change.groupId), change);
    if (fit === 'applies') {
      const before = this.group(change.groupId);
      this.commitGroup(before, applyDelta(before, change), before ? touchedCells(before, change) : undefined);
    }

    return fit;
  }

  /** Takes one group read again (after a gap); ignored when the tab already holds that version or newer. */
  applyGroup(group: GroupSnapshot): boolean {
    return this.replaceGroup(group);
  }

  /** Applies a GET /changes answer after a reconnect. */
  applyChanges(changes: ChangesSnapshot): void {
    for (const group of changes.groups) {
      this.replaceGroup(group);
    }

    if (this.snapshot) {
      this.snapshot = { ...this.snapshot, position: changes.position };
    }

    this.raiseVersion(changes.version);
  }

  /** The stream version this tab holds a group at (undefined: not held). */
  groupVersion(groupId: string): number | undefined {
    return this.groupVersions.get(groupId);
  }

  /**
   * Applies this person's own confirmed edit without waiting for the hub's echo. The group's version is left alone:
   * the echo (a delta from the version held) may also carry others' changes this tab has not seen yet.
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

  private shows(groupId: string): boolean {
    return this.filter === null || groupId === this.filter;
  }

  private replaceGroup(incoming: GroupSnapshot): boolean {
    if (!this.snapshot || !this.shows(incoming.groupId)) {
      return false;
    }

    const seen = this.groupVersions.get(incoming.groupId);
    if (seen !== undefined && incoming.groupVersion <= seen) {
      return false;
    }

    const before = this.group(incoming.groupId);
    // Broadcast snapshots cannot know who "me" is; keep this person's own vote marks.
    const myVotes = new Map(before?.initiatives.map((i) => [i.id, i.hasMyVote]) ?? []);
    this.commitGroup(before, { ...incoming, initiatives: incoming.initiatives.map((i) => ({ ...i, hasMyVote: myVotes.get(i.id) ?? i.hasMyVote })) });
    return true;
  }

  private commitGroup(before: GroupSnapshot | undefined, group: GroupSnapshot, cells?: StoreChange['cells']): void {
    if (!this.snapshot) {
      return;
    }

    const seen = this.groupVersions.get(group.groupId);
    this.groupVersions.set(group.groupId, group.groupVersion);
    this.putGroup(group);
    // The workshop version is the sum of the groups' versions: this group moved it on by what it moved on.
    this.raiseVersion(this.snapshot.version + group.groupVersion - (seen ?? 0));
    const announcements = describeGroupChange(before, group, this.snapshot.lanes);
    this.emit({ groupId: before ? group.groupId : null, announcements, ...(before && cells ? { cells } : {}) });
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

/** The cells a delta's items left or entered, or undefined when it changed more than items (redraw the group). */
function touchedCells(before: GroupSnapshot, change: GroupChanged): StoreChange['cells'] {
  if (change.header || change.persona || change.stages || change.initiatives.length > 0 || change.removedInitiativeIds.length > 0) {
    return undefined;
  }

  // Initiatives list the pain points they address: a changed pain point is redrawn there too.
  const held = new Map(before.items.map((i) => [i.id, i]));
  const touched = [...change.items, ...change.removedItemIds.map((id) => held.get(id)).filter((i): i is MapItem => i !== undefined)];
  if (before.initiatives.length > 0 && touched.some((i) => i.lane === 'PainPoint' || held.get(i.id)?.lane === 'PainPoint')) {
    return undefined;
  }

  const cells = new Map<string, { stageId: string; lane: string }>();
  for (const item of touched) {
    for (const at of [item, held.get(item.id)]) {
      if (at) {
        cells.set(`${at.stageId}\u0000${at.lane}`, { stageId: at.stageId, lane: at.lane });
      }
    }
  }

  return [...cells.values()];
}
