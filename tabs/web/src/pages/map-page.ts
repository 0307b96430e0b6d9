import { TabApiError } from '../api/api-errors';
import { TabApiClient } from '../api/tab-api-client';
import type { WorkshopSummary } from '../api/wire-types';
import { MapHubClient, type MapHubListener } from '../live/map-hub-client';
import { connectToHost, notifyLoaded, teamsToken, type HostContext } from '../teams/teams-host';
import { applyTheme } from '../teams/theme';
import { h } from '../view/dom';
import { Notices } from '../view/notices';
import type { Layout } from '../view/view-model';
import { DocumentGeneration } from './document-generation';
import { MapController } from './map-controller';
import { PageChrome } from './page-chrome';
import { mapUrl, plenaryUrl, workshopChooser } from './workshop-chooser';

/** The map page (/tab/): the channel tab, the meeting stage (?view=stage) and side panel (?view=sidePanel). */
async function startMapPage(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const host = await connectToHost(applyTheme);
  applyTheme(host.theme);
  const layout = chooseLayout(query.get('view'), host);
  document.body.classList.add(`layout-${layout}`);

  const main = document.getElementById('main')!;
  const chrome = new PageChrome(document.getElementById('banner')!);
  const notices = new Notices(document.getElementById('notices')!, document.getElementById('announcer')!);
  const credentials = { teamId: host.teamId, getToken: () => teamsToken(host) };
  const api = new TabApiClient('', credentials);

  try {
    // Only the banner needs the identity: a failure here is logged, the map's own calls report theirs.
    const identity = api
      .me()
      .then(() => api.isLocalDevelopment && chrome.showLocalDevelopmentBadge())
      .catch((error: unknown) => console.warn('Could not read the signed-in identity.', error));
    const listed = api.listWorkshops(host.channelId);
    // Awaited below; this only keeps an early failure from being reported as unhandled meanwhile.
    listed.catch(() => undefined);
    const workshopId = query.get('workshopId') ?? (await soleWorkshopId(listed));
    if (!workshopId) {
      chrome.setConnection('disconnected');
      main.replaceChildren(workshopChooser(await listed, (w) => mapUrl(w.id, { view: query.get('view'), theme: query.get('theme') })));
      await identity;
      return;
    }

    const documents = new DocumentGeneration(api, workshopId);
    const hubFactory = (listener: MapHubListener): MapHubClient =>
      new MapHubClient('', credentials, { ...listener, documentsProgress: (progress) => documents.progress(progress) });
    const controller = new MapController(api, hubFactory, notices, chrome, main, layout);
    const groupId = query.get('groupId');
    // The map does not wait for the workshop list or the identity: they only fill the banner.
    await controller.start(workshopId, groupId);
    chrome.setDocuments(documents.panel.element);
    chrome.setLinks([{ href: plenaryUrl(workshopId), label: 'Second half: consolidate and plan' }]);
    const workshop = (await listed).find((w) => w.id === workshopId) ?? null;
    await identity;
    chrome.setWorkshop(workshop, controller.currentStore.map?.title ?? 'Journey map');
    if (workshop) {
      chrome.setGroups(workshop, groupId, (selected) => {
        const url = new URL(window.location.href);
        if (selected) {
          url.searchParams.set('groupId', selected);
        } else {
          url.searchParams.delete('groupId');
        }

        window.history.replaceState(null, '', url);
        controller.switchGroup(selected).catch((error: unknown) => notices.error('That group could not be loaded', String(error)));
      });
    }
  } catch (error) {
    main.replaceChildren(failurePanel(error));
  } finally {
    notifyLoaded(host);
  }
}

async function soleWorkshopId(listed: Promise<WorkshopSummary[]>): Promise<string | null> {
  const workshops = await listed;
  return workshops.length === 1 ? workshops[0]!.id : null;
}

function chooseLayout(view: string | null, host: HostContext): Layout {
  if (view === 'sidePanel' || view === 'stage') {
    return view;
  }

  return host.frame === 'sidePanel' ? 'sidePanel' : host.frame === 'meetingStage' ? 'stage' : 'map';
}

function failurePanel(error: unknown): HTMLElement {
  const status = error instanceof TabApiError ? error.status : 0;
  const title =
    status === 401 ? 'Sign-in needed' : status === 403 ? 'This workshop belongs to another team' : status === 404 ? 'Workshop not found' : 'The map could not be loaded';
  return h(
    'section',
    { class: 'failure', role: 'alert', 'aria-labelledby': 'failure-heading' },
    h('h2', { id: 'failure-heading' }, title),
    h('p', {}, error instanceof Error ? error.message : String(error)),
  );
}

void startMapPage();
