import type { GroupSnapshot, MapSnapshot } from '../api/wire-types';
import { compactGroupList } from './compact-list';
import { h } from './dom';
import { groupMapTable } from './group-map';
import { initiativesView } from './initiatives-view';
import { personaCard } from './persona-card';
import type { RenderContext } from './view-model';

/** The workshop heading and one section per group shown. */
export function workshopView(map: MapSnapshot, context: RenderContext): HTMLElement {
  return h(
    'div',
    { class: 'workshop' },
    map.objectives.length > 0 && context.layout !== 'sidePanel'
      ? h('p', { class: 'objectives' }, h('strong', {}, 'Objectives: '), map.objectives.join(' · '))
      : null,
    map.groups.length === 0
      ? h('p', { class: 'empty' }, 'No group has started a scenario yet. Start one by @mentioning the bot in the channel.')
      : map.groups.map((group) => groupSection(group, context)),
  );
}

/** One group's section; re-rendered on its own when only that group changed. */
export function groupSection(group: GroupSnapshot, context: RenderContext): HTMLElement {
  const headingId = `group-heading-${group.groupId}`;
  const status = group.isFinished ? 'Finished' : group.isPaused ? 'Paused' : group.stepTitle ? `Now: ${group.stepTitle}` : 'Not started';
  const compact = context.layout === 'sidePanel';

  return h(
    'section',
    { class: 'group', id: `group-${group.groupId}`, 'data-group-id': group.groupId, 'aria-labelledby': headingId },
    h(
      'header',
      { class: 'group-header' },
      h('h2', { id: headingId }, group.name),
      group.scenarioTitle ? h('span', { class: 'scenario' }, group.scenarioTitle) : null,
      h('span', { class: `status${group.isFinished ? ' status-finished' : ''}` }, status),
    ),
    compact ? null : personaCard(group),
    compact ? compactGroupList(group, context) : groupMapTable(group, context),
    initiativesView(group, context),
  );
}
