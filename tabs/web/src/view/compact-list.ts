import type { GroupSnapshot } from '../api/wire-types';
import { formatEmotion } from '../state/group-diff';
import { h } from './dom';
import { itemCard } from './item-card';
import type { RenderContext } from './view-model';

/**
 * The meeting side panel's layout: a narrow list, stage by stage, with each item labelled by its
 * lane (in blueprint order), followed by the initiatives to vote on.
 */
export function compactGroupList(group: GroupSnapshot, context: RenderContext): HTMLElement {
  const stages = [...group.stages].sort((a, b) => a.order - b.order);
  const laneOrder = new Map(context.lanes.map((l, index) => [l.lane, index]));
  const laneLabel = new Map(context.lanes.map((l) => [l.lane, l.label]));

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
                const label = laneLabel.get(item.lane) ?? item.lane;
                return h('li', {}, h('span', { class: 'compact-lane' }, label), itemCard(group, item, label, context));
              }),
            ),
      );
    }),
  );
}
