import type { Cluster, Plenary, PlenaryStage } from '../../api/plenary-types';
import { h, namedText } from '../dom';
import { openFormDialog } from '../form-dialog';
import { evidenceStrength } from './evidence-strength';
import { fromKey, itemRef, refKey, type PlenaryActions } from './plenary-actions';

/**
 * The consolidated map: workshop stages across, lanes down, clusters of similar notes in each cell with every
 * note's group, author and evidence. Facilitators merge, split and rename through dialogs (no dragging needed).
 */
export function consolidatedMapView(plenary: Plenary, actions: PlenaryActions): HTMLElement {
  const groupNames = new Map(plenary.groups.map((g) => [g.groupId, g.groupName]));
  const table = h(
    'table',
    { class: 'plenary-table', style: `--stage-count: ${plenary.stages.length}` },
    h('caption', { class: 'visually-hidden' }, 'Consolidated map: clusters of notes from every group, stage by stage'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'corner' }, 'Lane'), plenary.stages.map((s) => stageHeader(s, plenary, groupNames, actions)))),
    h(
      'tbody',
      {},
      plenary.lanes.map((lane) =>
        h(
          'tr',
          { 'data-lane': lane.lane },
          h('th', { scope: 'row', class: 'lane-head' }, lane.label),
          plenary.stages.map((stage) =>
            h('td', { class: 'cell' }, clustersIn(plenary, stage.id, lane.lane).map((c) => clusterCard(c, plenary, actions))),
          ),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'plenary-section', 'aria-labelledby': 'consolidated-heading' },
    h('h2', { id: 'consolidated-heading' }, 'Consolidated map'),
    h(
      'p',
      { class: 'section-intro' },
      `${plenary.groups.length} group${plenary.groups.length === 1 ? '' : 's'} · `,
      evidenceStrength(plenary.evidence, 'Whole map'),
    ),
    plenary.isFacilitator
      ? h('div', { class: 'toolbar' }, h('button', { type: 'button', onclick: () => void actions.change({ path: 'clusters', body: { action: 'undo' } }, 'Last cluster change undone.') }, 'Undo last cluster change'))
      : null,
    plenary.skippedOperations.length > 0
      ? h('div', { class: 'skipped', role: 'note' }, h('p', {}, 'Some earlier changes no longer apply:'), h('ul', {}, plenary.skippedOperations.map((r) => h('li', {}, r))))
      : null,
    plenary.clusters.length === 0 ? h('p', { class: 'empty' }, 'No group has added notes yet.') : h('div', { class: 'map-scroll' }, table),
  );
}

function stageHeader(stage: PlenaryStage, plenary: Plenary, groupNames: Map<string, string>, actions: PlenaryActions): HTMLElement {
  const emotions = Object.entries(stage.emotionByGroup)
    .filter(([, score]) => score !== null)
    .map(([groupId, score]) => `${groupNames.get(groupId) ?? groupId} ${signed(score!)}`);
  return h(
    'th',
    { scope: 'col', 'data-stage': stage.id },
    h('span', { class: 'stage-name' }, stage.name),
    h(
      'span',
      { class: 'stage-emotion' },
      stage.meanEmotion === null ? 'Emotion: not scored' : `Emotion: mean ${signed(stage.meanEmotion)}`,
      emotions.length > 0 ? ` (${emotions.join(', ')})` : '',
    ),
    evidenceStrength(stage.evidence),
    // Groups on different scripts have different stages: the facilitator says which are the same moment.
    plenary.isFacilitator && stage.groupStages.length < plenary.groups.length && plenary.stages.length > 1
      ? h('button', { type: 'button', class: 'line-up', onclick: () => void lineUp(stage, plenary, actions) }, namedText('Line up', ` “${stage.name}”`, ' with…'))
      : null,
  );
}

async function lineUp(stage: PlenaryStage, plenary: Plenary, actions: PlenaryActions): Promise<void> {
  const others = plenary.stages.filter((s) => s.id !== stage.id);
  const answer = await openFormDialog({
    title: `Line up “${stage.name}”`,
    description: 'Its notes join the stage you choose; the groups’ own maps do not change.',
    fields: [{ kind: 'select', name: 'target', label: 'Same moment as', options: others.map((s) => ({ value: s.id, label: s.name })) }],
    submitLabel: 'Line up',
  });
  const target = answer?.['target'];
  if (!target) {
    return;
  }

  for (const own of stage.groupStages) {
    await actions.change({ path: 'stages', body: { groupId: own.groupId, groupStageId: own.groupStageId, workshopStageId: target } }, `“${stage.name}” lined up.`);
  }
}

function clustersIn(plenary: Plenary, stageId: string, lane: string): Cluster[] {
  return plenary.clusters.filter((c) => c.stageId === stageId && c.lane === lane);
}

function clusterCard(cluster: Cluster, plenary: Plenary, actions: PlenaryActions): HTMLElement {
  const headingId = `cluster-${cssId(cluster.id)}`;
  return h(
    'article',
    { class: 'cluster', 'aria-labelledby': headingId, 'data-cluster': cluster.id },
    h('h3', { id: headingId, class: 'cluster-name' }, cluster.name),
    h('p', { class: 'cluster-meta' }, `${cluster.groupCount} group${cluster.groupCount === 1 ? '' : 's'} · `, evidenceStrength(cluster.evidence)),
    h(
      'ul',
      { class: 'cluster-members' },
      cluster.members.map((m) =>
        h(
          'li',
          { 'data-item': m.itemId },
          h('span', { class: 'member-text' }, m.text),
          h(
            'span',
            { class: 'member-provenance' },
            `${m.groupName} · ${m.authorName} · ${m.evidence ?? 'not marked'}${m.source ? ` (${m.source})` : ''}`,
          ),
        ),
      ),
    ),
    plenary.isFacilitator ? clusterTools(cluster, plenary, actions) : null,
  );
}

function clusterTools(cluster: Cluster, plenary: Plenary, actions: PlenaryActions): HTMLElement {
  const first = cluster.members[0]!;
  const neighbours = plenary.clusters.filter((c) => c.id !== cluster.id && c.stageId === cluster.stageId && c.lane === cluster.lane);
  return h(
    'div',
    { class: 'cluster-tools' },
    neighbours.length > 0
      ? h('button', { type: 'button', onclick: () => void merge(cluster, neighbours, actions) }, namedText('Merge', ` “${cluster.name}” with`, '…'))
      : null,
    cluster.members.length > 1
      ? h('button', { type: 'button', onclick: () => void split(cluster, actions) }, namedText('Split', ` notes out of “${cluster.name}”`, '…'))
      : null,
    h(
      'button',
      { type: 'button', onclick: () => void rename(cluster, first.groupId, first.itemId, actions) },
      namedText('Rename', ` “${cluster.name}”`, '…'),
    ),
  );
}

async function merge(cluster: Cluster, neighbours: Cluster[], actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: `Merge “${cluster.name}”`,
    description: 'Choose the clusters at the same stage and lane that say the same thing.',
    fields: [{ kind: 'checkboxes', name: 'with', label: 'Merge with', options: neighbours.map((n) => ({ value: n.id, label: `${n.name} (${n.members.length} notes)` })) }],
    submitLabel: 'Merge',
  });
  const chosen = (answer?.['with'] ?? '').split('\n').filter((v) => v.length > 0);
  if (chosen.length === 0) {
    return;
  }

  const anchors = [cluster, ...neighbours.filter((n) => chosen.includes(n.id))].map((c) => itemRef(c.members[0]!.groupId, c.members[0]!.itemId));
  await actions.change({ path: 'clusters', body: { action: 'merge', items: anchors } }, `Merged into “${cluster.name}”.`);
}

async function split(cluster: Cluster, actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: `Split “${cluster.name}”`,
    description: 'The notes you tick become a cluster of their own; at least one note stays.',
    fields: [
      {
        kind: 'checkboxes',
        name: 'notes',
        label: 'Take out',
        options: cluster.members.map((m) => ({ value: refKey(m.groupId, m.itemId), label: `${m.text} (${m.groupName})` })),
      },
    ],
    submitLabel: 'Split',
  });
  const chosen = (answer?.['notes'] ?? '').split('\n').filter((v) => v.length > 0).map(fromKey);
  if (chosen.length === 0) {
    return;
  }

  await actions.change({ path: 'clusters', body: { action: 'split', items: chosen.map((c) => itemRef(c.groupId, c.id)) } }, `Split ${chosen.length} note(s) out of “${cluster.name}”.`);
}

async function rename(cluster: Cluster, groupId: string, itemId: string, actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: 'Rename the cluster',
    fields: [{ kind: 'text', name: 'name', label: 'Name', value: cluster.name, maxLength: 200 }],
    submitLabel: 'Rename',
  });
  const name = answer?.['name']?.trim();
  if (name) {
    await actions.change({ path: 'clusters', body: { action: 'rename', items: [itemRef(groupId, itemId)], name } }, `Cluster renamed “${name}”.`);
  }
}

function signed(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
