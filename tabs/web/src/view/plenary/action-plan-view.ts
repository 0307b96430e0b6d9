import type { Plenary } from '../../api/plenary-types';
import { h } from '../dom';
import { StatusLabels } from './initiatives-pool-view';

/** The agreed initiatives: owner, due date, success measure, status and the pain points they address. */
export function actionPlanView(plenary: Plenary): HTMLElement {
  const agreed = plenary.initiatives.filter((i) => i.plan !== null && i.status !== 'proposed');
  return h(
    'section',
    { class: 'plenary-section', 'aria-labelledby': 'plan-heading' },
    h('h2', { id: 'plan-heading' }, 'Action plan'),
    agreed.length === 0
      ? h('p', { class: 'empty' }, 'Nothing agreed yet: a facilitator agrees an initiative with an owner and a due date.')
      : h(
          'table',
          { class: 'plan-table' },
          h('caption', { class: 'visually-hidden' }, 'Agreed initiatives'),
          h('thead', {}, h('tr', {}, ['Initiative', 'Owner', 'Due', 'Success measure', 'Status', 'Addresses'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            agreed.map((i) =>
              h(
                'tr',
                { 'data-initiative': i.id },
                h('th', { scope: 'row' }, i.title),
                h('td', {}, i.plan!.owner),
                h('td', {}, i.plan!.dueDate),
                h('td', {}, i.plan!.successMeasure ?? '—'),
                h('td', {}, StatusLabels[i.status]),
                h('td', {}, i.painPoints.length === 0 ? '—' : i.painPoints.map((p) => `${p.text} (${p.evidence ?? 'not marked'})`).join('; ')),
              ),
            ),
          ),
        ),
  );
}
