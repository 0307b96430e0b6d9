import type { Plenary, PooledInitiative, Quadrant } from '../../api/plenary-types';
import { h } from '../dom';

const Quadrants: { id: Quadrant; title: string; hint: string }[] = [
  { id: 'quickWin', title: 'Quick wins', hint: 'High impact, low effort: do first' },
  { id: 'majorProject', title: 'Major projects', hint: 'High impact, high effort: plan' },
  { id: 'fillIn', title: 'Fill-ins', hint: 'Low impact, low effort: when there is time' },
  { id: 'thanklessTask', title: 'Thankless tasks', hint: 'Low impact, high effort: probably not' },
];

/** The impact/effort matrix as a 2x2 of lists, and the same facts as a table for screen readers and printing. */
export function matrixView(plenary: Plenary): HTMLElement {
  const rated = plenary.initiatives.filter((i) => i.quadrant !== null);
  return h(
    'section',
    { class: 'plenary-section', 'aria-labelledby': 'matrix-heading' },
    h('h2', { id: 'matrix-heading' }, 'Impact and effort'),
    rated.length === 0
      ? h('p', { class: 'empty' }, 'No initiative has been rated yet.')
      : [
          h(
            'div',
            { class: 'matrix', 'aria-hidden': 'true' },
            Quadrants.map((q) =>
              h(
                'div',
                { class: `quadrant quadrant-${q.id}` },
                h('h3', {}, q.title),
                h('p', { class: 'hint' }, q.hint),
                h('ul', {}, rated.filter((i) => i.quadrant === q.id).map((i) => h('li', {}, `${i.title} (${i.votes} dots)`))),
              ),
            ),
          ),
          h(
            'table',
            { class: 'matrix-table' },
            h('caption', {}, 'Initiatives by impact and effort (the same as the matrix above)'),
            h('thead', {}, h('tr', {}, ['Initiative', 'Impact', 'Effort', 'Quadrant', 'Dots'].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, rated.map(matrixRow)),
          ),
        ],
  );
}

function matrixRow(initiative: PooledInitiative): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, initiative.title),
    h('td', {}, String(initiative.impact)),
    h('td', {}, String(initiative.effort)),
    h('td', {}, Quadrants.find((q) => q.id === initiative.quadrant)?.title ?? ''),
    h('td', {}, String(initiative.votes)),
  );
}
