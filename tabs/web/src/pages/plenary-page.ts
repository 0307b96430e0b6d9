import { TabApiError } from '../api/api-errors';
import type { Comparison, Plenary, PlenaryChange } from '../api/plenary-types';
import { TabApiClient } from '../api/tab-api-client';
import { MapHubClient } from '../live/map-hub-client';
import { connectToHost, notifyLoaded, teamsToken } from '../teams/teams-host';
import { applyTheme } from '../teams/theme';
import { h } from '../view/dom';
import { Notices } from '../view/notices';
import { actionPlanView } from '../view/plenary/action-plan-view';
import { consolidatedMapView } from '../view/plenary/consolidated-map-view';
import { initiativesPoolView } from '../view/plenary/initiatives-pool-view';
import { matrixView } from '../view/plenary/matrix-view';
import type { PlenaryActions } from '../view/plenary/plenary-actions';
import { versionsView } from '../view/plenary/versions-view';
import { PageChrome } from './page-chrome';
import { mapUrl } from './workshop-chooser';

/**
 * The second half (/tab/plenary.html?workshopId=...): the consolidated map, initiatives from every group with the
 * workshop-wide vote, the impact/effort matrix, the action plan and versions. Live: any change by anyone (a merge,
 * a dot, a group's new note) redraws every open page.
 */
class PlenaryPage implements PlenaryActions {
  private plenary: Plenary | null = null;
  private comparison: { from: number; to: number | null; result: Comparison } | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  constructor(
    private readonly api: TabApiClient,
    private readonly workshopId: string,
    private readonly main: HTMLElement,
    private readonly notices: Notices,
  ) {}

  async reload(): Promise<void> {
    // Pushes can come in bursts (a vote storm): one read at a time, and one more after it when something came meanwhile.
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }

    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        this.plenary = await this.api.loadPlenary(this.workshopId);
        if (this.comparison) {
          this.comparison.result = await this.api.compareVersions(this.workshopId, this.comparison.from, this.comparison.to);
        }
        this.render();
      } while (this.reloadAgain);
    })();
    try {
      await this.reloading;
    } finally {
      this.reloading = null;
    }
  }

  async change(change: PlenaryChange, announcement: string): Promise<void> {
    try {
      this.plenary = await this.api.changePlenary(this.workshopId, change);
      this.render();
      this.notices.announce([announcement]);
    } catch (error) {
      this.notices.error('That change was not made', error instanceof TabApiError ? error.message : String(error));
    }
  }

  async compare(from: number, to: number | null): Promise<void> {
    try {
      this.comparison = { from, to, result: await this.api.compareVersions(this.workshopId, from, to) };
      this.render();
      document.getElementById('comparison')?.focus();
    } catch (error) {
      this.notices.error('The versions could not be compared', error instanceof TabApiError ? error.message : String(error));
    }
  }

  private render(): void {
    if (!this.plenary) {
      return;
    }

    // Redrawing replaces the buttons; keep keyboard users where they were.
    const focused = document.activeElement instanceof HTMLElement ? nameOf(document.activeElement) : null;
    this.main.replaceChildren(
      h('nav', { class: 'plenary-nav', 'aria-label': 'Sections' }, h('ul', {}, [
        ['#consolidated-heading', 'Consolidated map'],
        ['#pool-heading', 'Initiatives'],
        ['#matrix-heading', 'Impact and effort'],
        ['#plan-heading', 'Action plan'],
        ['#versions-heading', 'Versions'],
      ].map(([href, label]) => h('li', {}, h('a', { href: href! }, label!))))),
      consolidatedMapView(this.plenary, this),
      initiativesPoolView(this.plenary, this),
      matrixView(this.plenary),
      actionPlanView(this.plenary),
      versionsView(this.plenary, this.comparison?.result ?? null, this),
    );
    this.main.dataset['version'] = String(this.plenary.version);
    if (focused) {
      const again = [...this.main.querySelectorAll<HTMLElement>('button, select, a')].find((e) => nameOf(e) === focused);
      again?.focus();
    }
  }
}

/** What identifies a control across redraws: its id, else its text (which carries what it acts on). */
function nameOf(element: HTMLElement): string {
  return element.id || (element.textContent ?? '');
}

async function startPlenaryPage(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const host = await connectToHost(applyTheme);
  applyTheme(host.theme);
  const main = document.getElementById('main')!;
  const chrome = new PageChrome(document.getElementById('banner')!);
  const notices = new Notices(document.getElementById('notices')!, document.getElementById('announcer')!);
  const credentials = { teamId: host.teamId, getToken: () => teamsToken(host) };
  const api = new TabApiClient('', credentials);
  const workshopId = query.get('workshopId');
  try {
    if (!workshopId) {
      main.replaceChildren(h('p', { role: 'alert' }, 'Open the second half from a workshop’s map (it needs ?workshopId=).'));
      return;
    }

    const page = new PlenaryPage(api, workshopId, main, notices);
    await page.reload();
    const workshop = (await api.listWorkshops(host.channelId)).find((w) => w.id === workshopId) ?? null;
    chrome.setWorkshop(workshop, 'Second half');
    chrome.setLinks([{ href: mapUrl(workshopId, {}), label: 'Groups’ maps' }]);
    if (api.isLocalDevelopment) {
      chrome.showLocalDevelopmentBadge();
    }

    const hub = new MapHubClient('', credentials, {
      groupChanged: () => void page.reload(),
      plenaryChanged: () => void page.reload(),
      presence: (entries) => chrome.setPresence(entries, hub.connectionId),
      conflictResolved: () => undefined,
      reconnected: () => void page.reload(),
      connectionChanged: (state) => chrome.setConnection(state),
    });
    await hub.start();
    chrome.setPresence(await hub.join(workshopId, null), hub.connectionId);
  } catch (error) {
    const status = error instanceof TabApiError ? error.status : 0;
    main.replaceChildren(
      h(
        'section',
        { class: 'failure', role: 'alert' },
        h('h2', {}, status === 403 ? 'This workshop belongs to another team' : status === 404 ? 'Workshop not found' : 'The second half could not be loaded'),
        h('p', {}, error instanceof Error ? error.message : String(error)),
      ),
    );
  } finally {
    notifyLoaded(host);
  }
}

void startPlenaryPage();
