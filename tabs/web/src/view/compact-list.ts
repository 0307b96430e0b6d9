import type { GroupSnapshot } from '../api/wire-types';
import { formatEmotion } from '../state/group-diff';
import { h } from './dom';
import { itemCard } from './item-card';
import { editableLanes } from './lane-rows';
import type { RenderContext } from './view-model';

/**
 * The meeting side panel's layout: a narrow list, stage by stage, with each item labelled by its
 * lane (journey lanes first, then the blueprint's own), followed by the initiatives to vote on.
 */
export function compactGroupList(group: GroupSnapshot, context: RenderContext): HTMLElement {
  const stages = [...group.stages].sort((a, b) => a.order - b.order);
  const lanes = editableLanes(context.lanes);
  const laneOrder = new Map(lanes.map((l, index) => [l.lane, index]));
  const laneByName = new Map(lanes.map((l) => [l.lane, l]));

  return h(
    'div',
    { class: 'compact-list' },
    stages.map((stage, index) => {
      const items = group.items
        .filter((i) => i.stageId === stage.id)
        .sort((a, b) => (laneOrder.get(a.lane) ?? 99) - (laneOrder.get(b.lane) ?? 99));
      return h(
        'section',
        { class: 'compact-stage', 'aria-label': stage.name },
        h(
          'h3',
          { class: 'compact-stage-title' },
          `${index + 1}. ${stage.name}`,
          stage.emotion !== null ? h('span', { class: 'compact-emotion' }, ` feeling ${formatEmotion(stage.emotion)}`) : null,
        ),
        items.length === 0
          ? h('p', { class: 'empty' }, 'Nothing here yet.')
          : h(
              'ul',
              { class: 'compact-items' },
              items.map((item) => {
                // The narrow panel tags items with the short label; the card's own name keeps the full heading.
                const lane = laneByName.get(item.lane);
                return h('li', {}, h('span', { class: 'compact-lane' }, lane?.shortLabel ?? item.lane), itemCard(group, item, lane?.label ?? item.lane, context));
              }),
            ),
      );
    }),
  );
}
