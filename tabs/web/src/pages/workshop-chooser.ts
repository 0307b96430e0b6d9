import type { WorkshopSummary } from '../api/wire-types';
import { h } from '../view/dom';

/** A list of workshops to open, for a page opened without ?workshopId=. */
export function workshopChooser(workshops: WorkshopSummary[], linkFor: (w: WorkshopSummary) => string): HTMLElement {
  if (workshops.length === 0) {
    return h(
      'section',
      { class: 'chooser', 'aria-labelledby': 'chooser-heading' },
      h('h2', { id: 'chooser-heading' }, 'No workshop here yet'),
      h('p', {}, 'Start one by @mentioning the TeamsJourney bot in this channel with “start”, then come back to this tab.'),
    );
  }

  return h(
    'section',
    { class: 'chooser', 'aria-labelledby': 'chooser-heading' },
    h('h2', { id: 'chooser-heading' }, 'Choose a workshop'),
    h(
      'ul',
      { class: 'chooser-list' },
      workshops.map((w) =>
        h(
          'li',
          {},
          h('a', { href: linkFor(w), class: 'chooser-link' }, w.title),
          h('span', { class: 'chooser-meta' }, `${w.groups.length} ${w.groups.length === 1 ? 'group' : 'groups'} · started ${new Date(w.createdAt).toLocaleDateString()}`),
        ),
      ),
    ),
  );
}

/** The map page's address for a workshop, relative to the tab's folder. */
export function mapUrl(workshopId: string, extra: Record<string, string | null> = {}): string {
  const query = new URLSearchParams({ workshopId });
  for (const [key, value] of Object.entries(extra)) {
    if (value) {
      query.set(key, value);
    }
  }

  return `${new URL('./', window.location.href).pathname}?${query.toString()}`;
}

/** The second half's address for a workshop (consolidated map, initiatives, plan, versions). */
export function plenaryUrl(workshopId: string): string {
  return `${new URL('./plenary.html', window.location.href).pathname}?${new URLSearchParams({ workshopId }).toString()}`;
}
