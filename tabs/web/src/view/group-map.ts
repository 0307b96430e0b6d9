import type { GroupSnapshot, LaneInfo, LineInfo, MapItem, StageSnapshot } from '../api/wire-types';
import { h } from './dom';
import { emotionCurve } from './emotion-curve';
import { itemCard, itemDragType } from './item-card';
import { isMirrorRow } from './lane-rows';
import type { RenderContext } from './view-model';

/** Lanes the emotion curve is drawn under: it belongs with what the person thinks and feels. */
const emotionAfterLane = 'Thought';

/**
 * One group's journey map and service blueprint as a table: stages are columns, lanes are rows in the order the
 * server sends (journey map, then blueprint), and the three blueprint lines are drawn as labelled rows between
 * their lanes. A lane the blueprint repeats from the journey map is drawn as a read-only mirror.
 */
export function groupMapTable(group: GroupSnapshot, context: RenderContext): HTMLElement {
  const stages = [...group.stages].sort((a, b) => a.order - b.order);
  const columns = stages.length;
  const itemsByCell = new Map<string, MapItem[]>();
  for (const item of group.items) {
    const key = cellKey(item.stageId, item.lane);
    itemsByCell.set(key, [...(itemsByCell.get(key) ?? []), item]);
  }

  const rows: HTMLElement[] = [];
  for (const lane of context.lanes) {
    rows.push(isMirrorRow(lane) ? mirrorRow(lane, stages, itemsByCell) : laneRow(group, lane, stages, itemsByCell, context));
    if (lane.lane === emotionAfterLane) {
      rows.push(emotionRow(stages));
    }

    // Lines belong to the blueprint: a lane drawn in both views gets its line only where the blueprint draws it.
    const line = lane.section === 'blueprint' ? context.lines.find((l) => l.aboveLane === lane.lane) : undefined;
    if (line) {
      rows.push(lineRow(line, columns));
    }
  }

  const caption = `${group.name}: journey map and service blueprint`;
  return h(
    'div',
    { class: 'map-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    h(
      'table',
      { class: 'map-table', style: `--stage-count: ${Math.max(columns, 1)}` },
      h('caption', { class: 'visually-hidden' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'corner' }, 'Lane'),
          stages.map((stage, index) =>
            h('th', { scope: 'col', class: 'stage-head' }, h('span', { class: 'stage-number' }, `${index + 1}`), stage.name),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

function laneRow(
  group: GroupSnapshot,
  lane: LaneInfo,
  stages: StageSnapshot[],
  itemsByCell: Map<string, MapItem[]>,
  context: RenderContext,
): HTMLElement {
  return h(
    'tr',
    { class: `lane-row lane-${lane.lane} section-${lane.section}` },
    h('th', { scope: 'row', class: 'lane-head' }, lane.label),
    stages.map((stage) => laneCell(group, lane, stage, itemsByCell.get(cellKey(stage.id, lane.lane)) ?? [], context)),
  );
}

/**
 * One editable cell (a stage of a lane) with its items and add button; re-rendered on its own when a live change
 * touched only items of that cell, so a map of thousands of items is not rebuilt for one note.
 */
export function laneCell(group: GroupSnapshot, lane: LaneInfo, stage: StageSnapshot, items: MapItem[], context: RenderContext): HTMLElement {
  const cell = h(
    'td',
    { class: 'cell', 'data-stage-id': stage.id, 'data-lane': lane.lane },
    items.length > 0 ? h('div', { class: 'cell-items' }, items.map((item) => itemCard(group, item, lane.label, context))) : null,
    h(
      'button',
      {
        type: 'button',
        class: 'add-button',
        'aria-label': `Add to ${lane.label}, ${stage.name}`,
        'data-focus-key': `add:${group.groupId}:${stage.id}:${lane.lane}`,
        onclick: () => context.actions.add(group, stage.id, lane.lane),
      },
      '+ Add',
    ),
  );
  acceptDrops(cell, group.groupId, stage.id, lane.lane, context);
  return cell;
}

// Edits happen where the lane is captured; the mirror is plain text so each item has one card to act on.
function mirrorRow(lane: LaneInfo, stages: StageSnapshot[], itemsByCell: Map<string, MapItem[]>): HTMLElement {
  return h(
    'tr',
    { class: `lane-row mirror-row lane-${lane.lane} section-${lane.section}` },
    h('th', { scope: 'row', class: 'lane-head', title: `Repeated from the journey map; edit ${lane.label.toLowerCase()} there.` }, lane.label),
    stages.map((stage) => {
      const items = itemsByCell.get(cellKey(stage.id, lane.lane)) ?? [];
      return h(
        'td',
        { class: 'mirror-cell' },
        items.length > 0 ? h('ul', { class: 'mirror-items' }, items.map((item) => h('li', { class: `mirror-item lane-${item.lane}` }, item.text))) : null,
      );
    }),
  );
}

function emotionRow(stages: StageSnapshot[]): HTMLElement {
  return h(
    'tr',
    { class: 'emotion-row' },
    h('th', { scope: 'row', class: 'lane-head' }, 'Emotion'),
    h('td', { colspan: Math.max(stages.length, 1), class: 'emotion-cell' }, emotionCurve(stages)),
  );
}

function lineRow(line: LineInfo, columns: number): HTMLElement {
  return h(
    'tr',
    { class: `line-row line-${line.name}` },
    h(
      'td',
      { colspan: columns + 1 },
      h('div', { class: 'blueprint-line', role: 'separator', 'aria-label': line.label }, h('span', { class: 'line-label' }, line.label)),
    ),
  );
}

function acceptDrops(cell: HTMLElement, groupId: string, stageId: string, lane: string, context: RenderContext): void {
  cell.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes(itemDragType)) {
      event.preventDefault();
      cell.classList.add('drop-target');
    }
  });
  cell.addEventListener('dragleave', () => cell.classList.remove('drop-target'));
  cell.addEventListener('drop', (event) => {
    cell.classList.remove('drop-target');
    const data = event.dataTransfer?.getData(itemDragType);
    if (!data) {
      return;
    }

    event.preventDefault();
    const dragged = JSON.parse(data) as { groupId: string; itemId: string };
    // Items belong to one group's map; a drop onto another group's map is not a move.
    if (dragged.groupId === groupId) {
      context.actions.dropMove(groupId, dragged.itemId, stageId, lane);
    }
  });
}

function cellKey(stageId: string, lane: string): string {
  return `${stageId}\u0000${lane}`;
}
