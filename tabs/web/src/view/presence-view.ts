import type { PresenceEntry } from '../api/wire-types';
import { h, initials } from './dom';

/** Avatars of the people looking at or editing an item. */
export function presenceAvatars(entries: PresenceEntry[] | undefined): HTMLElement | null {
  if (!entries || entries.length === 0) {
    return null;
  }

  return h(
    'span',
    { class: 'avatars' },
    entries.map((entry) => {
      const what = `${entry.userName} is ${entry.mode === 'editing' ? 'editing' : 'viewing'} this`;
      return h('span', { class: `avatar avatar-${entry.mode}`, role: 'img', 'aria-label': what, title: what }, initials(entry.userName));
    }),
  );
}

/** Who is on the map right now, for the page header. */
export function presenceSummary(entries: PresenceEntry[], ownConnectionId: string | null): HTMLElement {
  const others = entries.filter((e) => e.connectionId !== ownConnectionId);
  const names = [...new Set(others.map((e) => e.userName))];
  const label = names.length === 0 ? 'Only you are here' : `Also here: ${names.join(', ')}`;
  return h(
    'div',
    { class: 'presence-summary', role: 'group', 'aria-label': label },
    names.slice(0, 6).map((name) => h('span', { class: 'avatar', title: name, 'aria-hidden': 'true' }, initials(name))),
    h('span', { class: 'presence-text' }, names.length === 0 ? 'Only you' : `${names.length} other${names.length === 1 ? '' : 's'} here`),
  );
}
