import type { GroupSnapshot, LaneInfo, MapItem } from '../api/wire-types';

/** What changed in a group between two snapshots, in words a screen reader can announce. */
export function describeGroupChange(before: GroupSnapshot | undefined, after: GroupSnapshot, lanes: LaneInfo[]): string[] {
  if (!before) {
    return [`${after.name} joined the map.`];
  }

  const said: string[] = [];
  const oldItems = new Map(before.items.map((i) => [i.id, i]));
  const newItems = new Map(after.items.map((i) => [i.id, i]));
  const laneLabel = (lane: string): string => singular(lanes.find((l) => l.lane === lane)?.label ?? lane);

  for (const item of after.items) {
    const old = oldItems.get(item.id);
    if (!old) {
      said.push(`${after.name}: ${laneLabel(item.lane)} added, “${excerpt(item)}”.`);
    } else if (old.text !== item.text) {
      said.push(`${after.name}: ${laneLabel(item.lane)} changed to “${excerpt(item)}”.`);
    } else if (old.stageId !== item.stageId || old.lane !== item.lane) {
      said.push(`${after.name}: “${excerpt(item)}” moved.`);
    } else if (old.evidence?.kind !== item.evidence?.kind) {
      said.push(`${after.name}: “${excerpt(item)}” marked ${item.evidence?.kind.toLowerCase() ?? 'without evidence'}.`);
    }
  }

  for (const old of before.items) {
    if (!newItems.has(old.id)) {
      said.push(`${after.name}: “${excerpt(old)}” deleted.`);
    }
  }

  const oldVotes = new Map(before.initiatives.map((i) => [i.id, i.votes]));
  for (const initiative of after.initiatives) {
    const votes = oldVotes.get(initiative.id);
    if (votes === undefined) {
      said.push(`${after.name}: initiative “${initiative.title}” proposed.`);
    } else if (votes !== initiative.votes) {
      said.push(`${after.name}: “${initiative.title}” now has ${initiative.votes} ${initiative.votes === 1 ? 'vote' : 'votes'}.`);
    }
  }

  const oldEmotions = new Map(before.stages.map((s) => [s.id, s.emotion]));
  for (const stage of after.stages) {
    if (stage.emotion !== null && oldEmotions.get(stage.id) !== stage.emotion) {
      said.push(`${after.name}: feeling at “${stage.name}” scored ${formatEmotion(stage.emotion)}.`);
    }
  }

  if (before.stepTitle !== after.stepTitle && after.stepTitle) {
    said.push(`${after.name} is now on “${after.stepTitle}”.`);
  }

  return said;
}

/** "+2", "0", "-1": the sign matters when read aloud. */
export function formatEmotion(score: number): string {
  return score > 0 ? `+${score}` : `${score}`;
}

function excerpt(item: MapItem): string {
  return item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
}

function singular(label: string): string {
  // Lane labels are plural headings ("Pain points"); announcements speak of one item.
  const [first, ...rest] = label.split(' ');
  const word = first ?? label;
  const one = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return [one, ...rest].join(' ');
}
