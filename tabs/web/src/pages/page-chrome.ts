import type { PresenceEntry, WorkshopSummary } from '../api/wire-types';
import { h } from '../view/dom';
import { presenceSummary } from '../view/presence-view';

/** The page's banner: workshop title, group filter, sign-in badge, who is here and the live status. */
export class PageChrome {
  private readonly presenceSlot = h('div', { class: 'presence-slot' });
  private readonly status = h('span', { class: 'connection connection-connecting', role: 'status' }, 'Connecting…');
  private readonly versionLabel = h('span', { class: 'version' });
  private readonly title = h('h1', { class: 'workshop-title' }, 'Journey map');
  private readonly filterSlot = h('div', { class: 'filter-slot' });
  private readonly badgeSlot = h('div', { class: 'badge-slot' });
  private readonly documentsSlot = h('div', { class: 'documents-slot' });
  private readonly linksSlot = h('nav', { class: 'links-slot', 'aria-label': 'Workshop pages' });

  constructor(banner: HTMLElement) {
    banner.replaceChildren(
      h('div', { class: 'banner-title' }, h('span', { class: 'app-name' }, 'TeamsJourney'), this.title),
      h('div', { class: 'banner-tools' }, this.linksSlot, this.filterSlot, this.badgeSlot, this.presenceSlot, this.status, this.versionLabel),
      this.documentsSlot,
    );
  }

  setWorkshop(workshop: WorkshopSummary | null, title: string): void {
    this.title.textContent = workshop?.title ?? title;
    document.title = `${workshop?.title ?? title} · TeamsJourney`;
  }

  /** The group filter: all groups (the consolidated view) or one group. */
  setGroups(workshop: WorkshopSummary, selected: string | null, onChange: (groupId: string | null) => void): void {
    const select = h(
      'select',
      { id: 'group-filter', 'aria-label': 'Show groups' },
      h('option', { value: '' }, 'All groups'),
      workshop.groups.map((g) => h('option', { value: g.id }, g.name)),
    );
    select.value = selected ?? '';
    select.addEventListener('change', () => onChange(select.value === '' ? null : select.value));
    this.filterSlot.replaceChildren(h('label', { for: 'group-filter', class: 'filter-label' }, 'Show'), select);
  }

  /** Links to the workshop's other pages (the groups' maps, the second half). */
  setLinks(links: { href: string; label: string }[]): void {
    this.linksSlot.replaceChildren(...links.map((l) => h('a', { href: l.href, class: 'page-link' }, l.label)));
  }

  /** The "Generate documents" control, shown once the workshop's map is open. */
  setDocuments(panel: HTMLElement): void {
    this.documentsSlot.replaceChildren(panel);
  }

  /** The visible marker that the server runs without Teams sign-in. */
  showLocalDevelopmentBadge(): void {
    this.badgeSlot.replaceChildren(
      h('span', { class: 'dev-badge', title: 'The server is not configured for Teams SSO; everyone is “Local developer”.' }, 'Local development sign-in'),
    );
  }

  setPresence(entries: PresenceEntry[], ownConnectionId: string | null): void {
    this.presenceSlot.replaceChildren(presenceSummary(entries, ownConnectionId));
  }

  setConnection(state: 'connected' | 'reconnecting' | 'disconnected'): void {
    const text = { connected: 'Live', reconnecting: 'Reconnecting…', disconnected: 'Offline: retrying' }[state];
    this.status.textContent = text;
    this.status.className = `connection connection-${state}`;
  }

  setVersion(version: number): void {
    this.versionLabel.textContent = `v${version}`;
    this.versionLabel.dataset['version'] = String(version);
  }
}
