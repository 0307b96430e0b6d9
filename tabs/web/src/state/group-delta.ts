import type { GroupChanged, GroupSnapshot } from '../api/wire-types';

/** What a "groupChanged" delta means for the group this tab holds. */
export type DeltaFit = 'applies' | 'old' | 'gap';

/**
 * Whether a delta follows on from the group held at `held` (undefined: the tab does not have the group):
 * it applies when it starts there, is old news when the tab is already at its version or beyond, and otherwise
 * shows that a change was missed.
 */
export function deltaFit(held: number | undefined, change: GroupChanged): DeltaFit {
  if (held !== undefined && change.groupVersion <= held) {
    return 'old';
  }

  // A group the tab has never seen can only be built from the delta that started it (it carries everything).
  if ((held ?? 0) !== change.fromGroupVersion || (held === undefined && change.header === null)) {
    return 'gap';
  }

  return 'applies';
}

/**
 * The group after a delta that applies to it: changed items and initiatives replaced where they stand, added ones
 * appended (the server's order), removed ones dropped, and the header, persona and stages replaced when sent.
 * An item this tab already holds at a newer item version (its own edit, confirmed before the delta arrived) is kept.
 */
export function applyDelta(group: GroupSnapshot | undefined, change: GroupChanged): GroupSnapshot {
  const base: GroupSnapshot = group ?? {
    groupId: change.groupId,
    name: change.groupId,
    scenarioTitle: null,
    stepTitle: null,
    isFinished: false,
    persona: null,
    stages: [],
    items: [],
    initiatives: [],
    groupVersion: 0,
  };

  const items = merge(base.items, change.items, change.removedItemIds, (held, incoming) => (held.version > incoming.version ? held : incoming));
  // Broadcasts cannot know who "me" is; keep this person's own vote marks.
  const initiatives = merge(base.initiatives, change.initiatives, change.removedInitiativeIds, (held, incoming) => ({ ...incoming, hasMyVote: held.hasMyVote }));
  return {
    ...base,
    ...(change.header ?? {}),
    persona: change.persona ?? base.persona,
    stages: change.stages ?? base.stages,
    items,
    initiatives,
    groupVersion: change.groupVersion,
  };
}

function merge<T extends { id: string }>(held: T[], incoming: T[], removedIds: string[], pick: (held: T, incoming: T) => T): T[] {
  if (incoming.length === 0 && removedIds.length === 0) {
    return held;
  }

  const changed = new Map(incoming.map((entry) => [entry.id, entry]));
  const removed = new Set(removedIds);
  const result: T[] = [];
  for (const entry of held) {
    if (removed.has(entry.id)) {
      continue;
    }

    const next = changed.get(entry.id);
    if (next) {
      changed.delete(entry.id);
      result.push(pick(entry, next));
    } else {
      result.push(entry);
    }
  }

  // What is left was added: it goes last, in the order the server sent it.
  result.push(...changed.values());
  return result;
}
