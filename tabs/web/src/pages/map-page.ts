import { TabApiError } from '../api/api-errors';
import { TabApiClient } from '../api/tab-api-client';
import { MapHubClient } from '../live/map-hub-client';
import { connectToHost, notifyLoaded, teamsToken, type HostContext } from '../teams/teams-host';
import { applyTheme } from '../teams/theme';
import { h } from '../view/dom';
import { Notices } from '../view/notices';
import type { Layout } from '../view/view-model';
import { MapController } from './map-controller';
import { PageChrome } from './page-chrome';
import { mapUrl, workshopChooser } from './workshop-chooser';

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
    await api.me();
    if (api.isLocalDevelopment) {
      chrome.showLocalDevelopmentBadge();
    }

    const workshops = await api.listWorkshops(host.channelId);
    const workshopId = query.get('workshopId') ?? (workshops.length === 1 ? workshops[0]!.id : null);
    if (!workshopId) {
      chrome.setConnection('disconnected');
      main.replaceChildren(workshopChooser(workshops, (w) => mapUrl(w.id, { view: query.get('view'), theme: query.get('theme') })));
      return;
    }

    const workshop = workshops.find((w) => w.id === workshopId) ?? null;
    const controller = new MapController(api, (listener) => new MapHubClient('', credentials, listener), notices, chrome, main, layout);
    const groupId = query.get('groupId');
    await controller.start(workshopId, groupId);
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
        void controller.switchGroup(selected);
      });
    }
  } catch (error) {
    main.replaceChildren(failurePanel(error));
  } finally {
    notifyLoaded(host);
  }
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
