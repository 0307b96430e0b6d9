import { TabApiError } from '../api/api-errors';
import { TabApiClient } from '../api/tab-api-client';
import type { WorkshopSummary } from '../api/wire-types';
import { connectToHost, loadedTeamsJs, notifyLoaded, teamsToken, type HostContext } from '../teams/teams-host';
import { applyTheme } from '../teams/theme';
import { h } from '../view/dom';
import { mapUrl } from './workshop-chooser';

/**
 * The configurable channel tab's settings page: choose the workshop the tab shows. In Teams the
 * choice is saved with pages.config.setConfig; in a plain browser each workshop is simply a link.
 */
async function startConfigPage(): Promise<void> {
  const host = await connectToHost(applyTheme);
  applyTheme(host.theme);
  const main = document.getElementById('main')!;
  const api = new TabApiClient('', { teamId: host.teamId, getToken: () => teamsToken(host) });

  try {
    await api.me();
    if (api.isLocalDevelopment) {
      document.getElementById('config-badges')?.replaceChildren(h('span', { class: 'dev-badge' }, 'Local development sign-in'));
    }

    const workshops = await api.listWorkshops(host.channelId);
    main.replaceChildren(host.inTeams ? teamsChooser(workshops, host) : standaloneLinks(workshops));
  } catch (error) {
    const message = error instanceof TabApiError && error.status === 403 ? 'You are not a member of this team.' : String(error instanceof Error ? error.message : error);
    main.replaceChildren(h('p', { role: 'alert', class: 'failure' }, `Workshops could not be loaded: ${message}`));
  } finally {
    notifyLoaded(host);
  }
}

function teamsChooser(workshops: WorkshopSummary[], host: HostContext): HTMLElement {
  const pages = loadedTeamsJs()?.pages;
  if (!pages) {
    return standaloneLinks(workshops);
  }

  let chosen: WorkshopSummary | null = null;
  pages.config.registerOnSaveHandler((saveEvent) => {
    if (!chosen) {
      saveEvent.notifyFailure('Choose a workshop first.');
      return;
    }

    const contentUrl = new URL(mapUrl(chosen.id), window.location.href).toString();
    pages.config
      .setConfig({ entityId: `workshop-${chosen.id}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: chosen.title })
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(String(error)));
  });

  const list = workshopRadios(workshops, (workshop) => {
    chosen = workshop;
    pages.config.setValidityState(true);
  });
  return h('form', { class: 'config-form', 'aria-label': `Workshops in ${host.teamName ?? 'this team'}` }, list);
}

function workshopRadios(workshops: WorkshopSummary[], onChoose: (w: WorkshopSummary) => void): HTMLElement {
  if (workshops.length === 0) {
    return noWorkshops();
  }

  return h(
    'fieldset',
    { class: 'workshop-radios' },
    h('legend', {}, 'Which workshop should this tab show?'),
    workshops.map((workshop) => {
      const id = `workshop-${workshop.id}`;
      const radio = h('input', { type: 'radio', name: 'workshop', id, value: workshop.id });
      radio.addEventListener('change', () => onChoose(workshop));
      return h('div', { class: 'radio' }, radio, h('label', { for: id }, workshop.title, h('span', { class: 'chooser-meta' }, ` · ${groupCount(workshop)}`)));
    }),
  );
}

function standaloneLinks(workshops: WorkshopSummary[]): HTMLElement {
  if (workshops.length === 0) {
    return noWorkshops();
  }

  return h(
    'section',
    { 'aria-labelledby': 'links-heading' },
    h('h2', { id: 'links-heading' }, 'Open a workshop map'),
    h('p', {}, 'Outside Teams this page lists the workshops; in Teams it saves your choice as the tab’s content.'),
    h(
      'ul',
      { class: 'chooser-list' },
      workshops.map((w) => h('li', {}, h('a', { class: 'chooser-link', href: mapUrl(w.id) }, w.title), h('span', { class: 'chooser-meta' }, ` · ${groupCount(w)}`))),
    ),
  );
}

function noWorkshops(): HTMLElement {
  return h('p', { class: 'empty' }, 'No workshop in this channel yet. @mention the TeamsJourney bot with “start” to begin one.');
}

function groupCount(workshop: WorkshopSummary): string {
  return `${workshop.groups.length} ${workshop.groups.length === 1 ? 'group' : 'groups'}`;
}

void startConfigPage();
