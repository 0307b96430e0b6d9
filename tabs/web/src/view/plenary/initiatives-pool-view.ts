import type { InitiativeStatus, Plenary, PooledInitiative } from '../../api/plenary-types';
import { h, namedText } from '../dom';
import { openFormDialog } from '../form-dialog';
import { fromKey, initiativeRef, refKey, type PlenaryActions } from './plenary-actions';

export const StatusLabels: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  inProgress: 'In progress',
  done: 'Done',
};

/**
 * Every group's ideas pooled: workshop-wide dots for everyone, and for the facilitator merge duplicates,
 * rate impact and effort, agree (owner, due date, success measure) and move the status on.
 */
export function initiativesPoolView(plenary: Plenary, actions: PlenaryActions): HTMLElement {
  return h(
    'section',
    { class: 'plenary-section', 'aria-labelledby': 'pool-heading' },
    h('h2', { id: 'pool-heading' }, 'Initiatives from every group'),
    h('p', { class: 'section-intro dots-left', role: 'status' }, `You have ${plenary.myDotsLeft} of ${plenary.dotsPerPerson} dots left.`),
    plenary.isFacilitator
      ? h(
          'div',
          { class: 'toolbar' },
          plenary.initiatives.length > 1 ? h('button', { type: 'button', onclick: () => void mergeDuplicates(plenary, actions) }, 'Merge duplicates…') : null,
          h('button', { type: 'button', onclick: () => void actions.change({ path: 'initiatives', body: { action: 'undoMerge' } }, 'Last merge undone.') }, 'Undo last merge'),
          h('button', { type: 'button', onclick: () => void setDots(plenary, actions) }, 'Dots per person…'),
        )
      : null,
    plenary.initiatives.length === 0
      ? h('p', { class: 'empty' }, 'No group has proposed an initiative yet.')
      : h('ol', { class: 'pool' }, plenary.initiatives.map((i) => initiativeCard(i, plenary, actions))),
  );
}

function initiativeCard(initiative: PooledInitiative, plenary: Plenary, actions: PlenaryActions): HTMLElement {
  const first = initiative.members[0]!;
  const target = [initiativeRef(first.groupId, first.initiativeId)];
  const groups = [...new Set(initiative.members.map((m) => m.groupName))].join(', ');
  return h(
    'li',
    { class: 'pooled', 'data-initiative': initiative.id },
    h('h3', { class: 'pooled-title' }, initiative.title),
    h(
      'p',
      { class: 'pooled-meta' },
      `From ${groups} · ${initiative.votes} workshop dot${initiative.votes === 1 ? '' : 's'} · ${initiative.groupVotes} in groups · `,
      initiative.impact !== null ? `impact ${initiative.impact}, effort ${initiative.effort} · ` : 'not rated · ',
      h('span', { class: `status status-${initiative.status}` }, StatusLabels[initiative.status]),
    ),
    initiative.painPoints.length > 0
      ? h(
          'ul',
          { class: 'pooled-pains', 'aria-label': 'Pain points it addresses' },
          initiative.painPoints.map((p) => h('li', {}, p.text, h('span', { class: 'member-provenance' }, ` ${p.evidence ?? 'not marked'}${p.source ? ` (${p.source})` : ''}`))),
        )
      : null,
    initiative.plan
      ? h('p', { class: 'pooled-plan' }, `Owner ${initiative.plan.owner} · due ${initiative.plan.dueDate}${initiative.plan.successMeasure ? ` · success: ${initiative.plan.successMeasure}` : ''}`)
      : null,
    h(
      'div',
      { class: 'cluster-tools' },
      initiative.hasMyDot
        ? h(
            'button',
            { type: 'button', 'aria-pressed': 'true', onclick: () => void actions.change({ path: 'initiatives', body: { action: 'undot', initiatives: target } }, `Dot taken back from “${initiative.title}”.`) },
            h('span', { 'aria-hidden': 'true' }, '● '),
            namedText('My dot', ` on “${initiative.title}”`),
          )
        : h(
            'button',
            {
              type: 'button',
              'aria-pressed': 'false',
              disabled: plenary.myDotsLeft === 0,
              onclick: () => void actions.change({ path: 'initiatives', body: { action: 'dot', initiatives: target } }, `Dot placed on “${initiative.title}”.`),
            },
            h('span', { 'aria-hidden': 'true' }, '○ '),
            namedText('My dot', ` on “${initiative.title}”`),
          ),
      plenary.isFacilitator ? facilitatorTools(initiative, target, actions) : null,
    ),
  );
}

function facilitatorTools(initiative: PooledInitiative, target: { groupId: string; initiativeId: string }[], actions: PlenaryActions): HTMLElement[] {
  return [
    h('button', { type: 'button', onclick: () => void rate(initiative, target, actions) }, namedText('Rate', ` “${initiative.title}”`, '…')),
    h('button', { type: 'button', onclick: () => void agree(initiative, target, actions) }, namedText(initiative.plan ? 'Edit plan' : 'Agree', ` “${initiative.title}”`, '…')),
    initiative.plan
      ? h('button', { type: 'button', onclick: () => void status(initiative, target, actions) }, namedText('Status', ` of “${initiative.title}”`, '…'))
      : null,
  ].filter((b): b is HTMLButtonElement => b !== null);
}

async function mergeDuplicates(plenary: Plenary, actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: 'Merge duplicate initiatives',
    description: 'Tick the ideas that are the same initiative; every group’s original is kept inside it.',
    fields: [
      {
        kind: 'checkboxes',
        name: 'initiatives',
        label: 'Initiatives',
        options: plenary.initiatives.map((i) => ({ value: refKey(i.members[0]!.groupId, i.members[0]!.initiativeId), label: `${i.title} (${i.members.map((m) => m.groupName).join(', ')})` })),
      },
    ],
    submitLabel: 'Merge',
  });
  const chosen = (answer?.['initiatives'] ?? '').split('\n').filter((v) => v.length > 0).map(fromKey);
  if (chosen.length > 0) {
    await actions.change({ path: 'initiatives', body: { action: 'merge', initiatives: chosen.map((c) => initiativeRef(c.groupId, c.id)) } }, `${chosen.length} initiatives merged.`);
  }
}

async function setDots(plenary: Plenary, actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: 'Dots per person',
    fields: [{ kind: 'number', name: 'dots', label: 'Dots each person may place', value: plenary.dotsPerPerson, min: 1, max: 20 }],
    submitLabel: 'Save',
  });
  if (answer) {
    await actions.change({ path: 'dots', body: { dotsPerPerson: Number(answer['dots']) } }, `Everyone now has ${answer['dots']} dots.`);
  }
}

async function rate(initiative: PooledInitiative, target: { groupId: string; initiativeId: string }[], actions: PlenaryActions): Promise<void> {
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  const answer = await openFormDialog({
    title: `Rate “${initiative.title}”`,
    fields: [
      { kind: 'radio', name: 'impact', label: 'Impact (1 low, 5 high)', value: String(initiative.impact ?? 3), options: scale },
      { kind: 'radio', name: 'effort', label: 'Effort (1 low, 5 high)', value: String(initiative.effort ?? 3), options: scale },
    ],
    submitLabel: 'Save rating',
  });
  if (answer) {
    await actions.change(
      { path: 'initiatives', body: { action: 'rate', initiatives: target, impact: Number(answer['impact']), effort: Number(answer['effort']) } },
      `“${initiative.title}” rated.`,
    );
  }
}

async function agree(initiative: PooledInitiative, target: { groupId: string; initiativeId: string }[], actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: `Agree “${initiative.title}”`,
    description: 'Agreed initiatives form the action plan.',
    fields: [
      { kind: 'text', name: 'owner', label: 'Owner (a person or team)', value: initiative.plan?.owner ?? '', maxLength: 200 },
      { kind: 'date', name: 'dueDate', label: 'Due date', value: initiative.plan?.dueDate ?? '', required: true },
      { kind: 'text', name: 'successMeasure', label: 'Success measure', value: initiative.plan?.successMeasure ?? '', maxLength: 1000 },
    ],
    submitLabel: 'Agree',
  });
  if (answer) {
    await actions.change(
      {
        path: 'initiatives',
        body: { action: 'agree', initiatives: target, owner: answer['owner'], dueDate: answer['dueDate'], successMeasure: answer['successMeasure'] || null },
      },
      `“${initiative.title}” agreed.`,
    );
  }
}

async function status(initiative: PooledInitiative, target: { groupId: string; initiativeId: string }[], actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: `Status of “${initiative.title}”`,
    fields: [
      {
        kind: 'radio',
        name: 'status',
        label: 'Status',
        value: initiative.status,
        options: (Object.keys(StatusLabels) as InitiativeStatus[]).map((s) => ({ value: s, label: StatusLabels[s] })),
      },
    ],
    submitLabel: 'Save status',
  });
  if (answer) {
    await actions.change({ path: 'initiatives', body: { action: 'status', initiatives: target, status: answer['status'] } }, `“${initiative.title}” is now ${StatusLabels[answer['status'] as InitiativeStatus] ?? answer['status']}.`);
  }
}
