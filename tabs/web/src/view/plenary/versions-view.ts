import type { Comparison, Plenary } from '../../api/plenary-types';
import { h } from '../dom';
import { openFormDialog } from '../form-dialog';
import { StatusLabels } from './initiatives-pool-view';
import type { PlenaryActions } from './plenary-actions';

/** Frozen versions: freeze the workshop under a name, and compare any version with another or with now. */
export function versionsView(plenary: Plenary, comparison: Comparison | null, actions: PlenaryActions): HTMLElement {
  const from = h('select', { id: 'compare-from' }, plenary.versions.map((v) => h('option', { value: String(v.number) }, `${v.number}. ${v.name}`)));
  const to = h(
    'select',
    { id: 'compare-to' },
    h('option', { value: '' }, 'Now'),
    plenary.versions.map((v) => h('option', { value: String(v.number) }, `${v.number}. ${v.name}`)),
  );
  const compareForm = h(
    'form',
    {
      class: 'compare-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void actions.compare(Number(from.value), to.value === '' ? null : Number(to.value));
      },
    },
    h('label', { for: 'compare-from' }, 'Compare'),
    from,
    h('label', { for: 'compare-to' }, 'with'),
    to,
    h('button', { type: 'submit' }, 'Compare'),
  );
  return h(
    'section',
    { class: 'plenary-section', 'aria-labelledby': 'versions-heading' },
    h('h2', { id: 'versions-heading' }, 'Versions'),
    plenary.isFacilitator ? h('div', { class: 'toolbar' }, h('button', { type: 'button', onclick: () => void freeze(actions) }, 'Freeze this version…')) : null,
    plenary.versions.length === 0
      ? h('p', { class: 'empty' }, 'No version frozen yet. Freeze the agreed map (“As-is, agreed 14 March”) before the next round starts from it.')
      : [h('ol', { class: 'versions' }, plenary.versions.map((v) => h('li', {}, `${v.name} · ${new Date(v.frozenAt).toLocaleString()}`))), compareForm],
    comparison ? comparisonView(comparison) : null,
  );
}

async function freeze(actions: PlenaryActions): Promise<void> {
  const answer = await openFormDialog({
    title: 'Freeze this version',
    description: 'The map, the initiatives and the plan as they stand now, under a name; later rounds compare with it.',
    fields: [{ kind: 'text', name: 'name', label: 'Version name', value: `As-is, agreed ${new Date().toLocaleDateString()}`, maxLength: 200 }],
    submitLabel: 'Freeze',
  });
  const name = answer?.['name']?.trim();
  if (name) {
    await actions.change({ path: 'versions', body: { name } }, `Version “${name}” frozen.`);
  }
}

function comparisonView(comparison: Comparison): HTMLElement {
  const changes = comparison.added.length + comparison.removed.length + comparison.changed.length + comparison.emotionChanges.length + comparison.initiativeChanges.length;
  return h(
    'section',
    { class: 'comparison', 'aria-labelledby': 'comparison-heading', tabindex: -1, id: 'comparison' },
    h('h3', { id: 'comparison-heading' }, `What changed from “${comparison.from}” to “${comparison.to}”`),
    changes === 0 ? h('p', {}, 'Nothing changed.') : null,
    list('Added', comparison.added.map((i) => `${i.text} (${i.groupName}, ${i.laneLabel})`)),
    list('Removed', comparison.removed.map((i) => `${i.text} (${i.groupName}, ${i.laneLabel})`)),
    list('Changed', comparison.changed.map((c) => `${c.before.text} → ${c.after.text} (${c.changes.join(', ')}; ${c.after.groupName})`)),
    list('Emotion', comparison.emotionChanges.map((e) => `${e.stageName}: ${score(e.before)} → ${score(e.after)}`)),
    list('Initiatives', comparison.initiativeChanges.map((c) => `${c.title}: ${c.before ? StatusLabels[c.before] : 'new'} → ${c.after ? StatusLabels[c.after] : 'gone'}`)),
  );
}

function list(title: string, entries: string[]): HTMLElement | null {
  return entries.length === 0 ? null : h('div', { class: 'compare-group' }, h('h4', {}, `${title} (${entries.length})`), h('ul', {}, entries.map((e) => h('li', {}, e))));
}

function score(value: number | null): string {
  return value === null ? 'not scored' : (Math.round(value * 10) / 10).toString();
}
