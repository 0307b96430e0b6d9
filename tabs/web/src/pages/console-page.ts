import { TabApiError } from '../api/api-errors';
import { TabApiClient } from '../api/tab-api-client';
import type { FacilitationAction, GroupProgress, WorkshopProgress, WorkshopSummary } from '../api/wire-types';
import { MapHubClient } from '../live/map-hub-client';
import { connectToHost, notifyLoaded, teamsToken } from '../teams/teams-host';
import { applyTheme } from '../teams/theme';
import { h } from '../view/dom';

const phases = ['persona', 'journey', 'blueprint', 'ideas', 'voting'] as const;

/**
 * The facilitator console (/tab/console.html?workshopId=...): each group's phase, step k of n, items, last activity
 * and the time left, live over the map hub; and the actions on every group at once. Plain forms and buttons, so it
 * is operable with the keyboard alone; results are announced in a polite live region.
 */
async function startConsolePage(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const host = await connectToHost(applyTheme);
  applyTheme(host.theme);
  const main = document.getElementById('main')!;
  const announcer = document.getElementById('announcer')!;
  const credentials = { teamId: host.teamId, getToken: () => teamsToken(host) };
  const api = new TabApiClient('', credentials);
  try {
    const workshopId = query.get('workshopId');
    if (!workshopId) {
      main.replaceChildren(chooser(await api.listWorkshops(host.channelId)));
      return;
    }

    const view = new ConsoleView(main, announcer, api, workshopId);
    view.render(await api.progress(workshopId));
    let refetch: number | undefined;
    const hub = new MapHubClient('', credentials, {
      // Any answer in any group changes the progress: coalesced into one read.
      groupChanged: () => {
        window.clearTimeout(refetch);
        refetch = window.setTimeout(() => void api.progress(workshopId).then((p) => view.render(p)), 250);
      },
      progress: (progress) => view.render(progress),
      presence: () => undefined,
      conflictResolved: () => undefined,
      reconnected: () => void api.progress(workshopId).then((p) => view.render(p)),
      connectionChanged: (state) => view.setConnection(state),
    });
    await hub.start();
    await hub.join(workshopId, null);
    window.setInterval(() => view.tick(), 1_000);
  } catch (error) {
    main.replaceChildren(h('section', { class: 'failure', role: 'alert' }, h('h2', {}, 'The console could not be loaded'), h('p', {}, describe(error))));
  } finally {
    notifyLoaded(host);
  }
}

/** The workshops of the channel, newest first: the newest is current, older ones stay readable. */
function chooser(workshops: WorkshopSummary[]): HTMLElement {
  const newestFirst = [...workshops].reverse();
  return h(
    'section',
    { class: 'workshop-chooser', 'aria-labelledby': 'choose-heading' },
    h('h2', { id: 'choose-heading' }, 'Choose a workshop'),
    newestFirst.length === 0
      ? h('p', {}, "No workshop here yet. Type 'new workshop' in the channel to set one up.")
      : h('ul', {}, newestFirst.map((w, i) => h('li', {}, h('a', { href: `console.html?workshopId=${encodeURIComponent(w.id)}` }, w.title), i === 0 ? ' (current)' : ''))),
  );
}

class ConsoleView {
  private progress: WorkshopProgress | null = null;
  private receivedAt = Date.now();
  private canFacilitate: boolean | null = null;
  private readonly status = h('p', { class: 'console-status', id: 'console-status' });
  private readonly connection = h('span', { class: 'connection', role: 'status' }, 'Connecting…');
  private readonly table = h('div', { class: 'console-groups' });
  private readonly controls = h('div', { class: 'console-controls' });

  constructor(
    private readonly main: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly api: TabApiClient,
    private readonly workshopId: string,
  ) {
    main.replaceChildren(
      h('div', { class: 'console-head' }, h('h2', { class: 'console-title', id: 'console-title' }), this.connection),
      this.status,
      this.table,
      this.controls,
    );
  }

  render(progress: WorkshopProgress): void {
    // Whether this person may act comes from their own read; pushed views do not change it.
    this.canFacilitate ??= progress.canFacilitate;
    const controlsChanged = this.progress === null || this.progress.isPaused !== progress.isPaused || this.progress.isLocked !== progress.isLocked;
    this.progress = progress;
    this.receivedAt = Date.now();
    this.main.querySelector('#console-title')!.textContent = progress.title;
    this.tick();
    this.table.replaceChildren(groupsTable(progress.groups, new Date(progress.at)));
    if (controlsChanged) {
      this.renderControls(progress);
    }
  }

  setConnection(state: 'connected' | 'reconnecting' | 'disconnected'): void {
    this.connection.textContent = state === 'connected' ? 'Live' : state === 'reconnecting' ? 'Reconnecting…' : 'Offline';
  }

  /** The time left counts down between updates. */
  tick(): void {
    const p = this.progress;
    if (!p) {
      return;
    }

    const parts = [p.phase ? `Phase: ${p.phase}` : 'No phase called yet'];
    if (p.secondsLeft !== null) {
      const left = Math.max(0, p.secondsLeft - (p.isPaused ? 0 : Math.floor((Date.now() - this.receivedAt) / 1000)));
      parts.push(left === 0 ? 'time is up' : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`);
    }

    if (p.isPaused) parts.push('paused');
    if (p.isLocked) parts.push('map locked');
    this.status.textContent = parts.join(' · ');
  }

  private renderControls(progress: WorkshopProgress): void {
    if (!this.canFacilitate) {
      this.controls.replaceChildren(h('p', {}, "Only the workshop's facilitators can move, pause or message the groups."));
      return;
    }

    const phase = h('select', { id: 'move-phase', name: 'phase' }, phases.map((p) => h('option', { value: p, selected: p === nextPhase(progress.phase) }, p)));
    const minutes = h('input', { id: 'extend-minutes', type: 'number', min: 1, max: 60, value: 5, inputmode: 'numeric' });
    const message = h('textarea', { id: 'broadcast-message', rows: 2, maxlength: 2000, required: true });
    this.controls.replaceChildren(
      h('h2', { class: 'visually-hidden' }, 'Every group at once'),
      form('Move every group', [h('label', { for: 'move-phase' }, 'Move every group to'), phase, h('button', { type: 'submit' }, 'Move all groups')], () =>
        this.act('move-all', { phase: phase.value })),
      h('div', { class: 'console-buttons', role: 'group', 'aria-label': 'Pause and lock' },
        progress.isPaused
          ? h('button', { type: 'button', onclick: () => void this.act('resume-all') }, 'Resume all')
          : h('button', { type: 'button', onclick: () => void this.act('pause-all') }, 'Pause all'),
        h('button', { type: 'button', onclick: () => void this.act('lock', { locked: !progress.isLocked }) }, progress.isLocked ? 'Unlock map' : 'Lock map')),
      form('Extend the time box', [h('label', { for: 'extend-minutes' }, 'Extend the time box by (minutes)'), minutes, h('button', { type: 'submit' }, 'Extend')], () =>
        this.act('extend', { minutes: Number(minutes.value) })),
      form('Message every group', [h('label', { for: 'broadcast-message' }, 'Message to every group'), message, h('button', { type: 'submit' }, 'Send to every group')], async () => {
        await this.act('broadcast', { message: message.value });
        message.value = '';
      }),
    );
  }

  private async act(action: FacilitationAction, body?: unknown): Promise<void> {
    try {
      const result = await this.api.facilitate(this.workshopId, action, body);
      if (result.progress) {
        this.render(result.progress);
      }

      this.announce(result.message);
    } catch (error) {
      this.announce(describe(error));
    }
  }

  private announce(text: string): void {
    this.announcer.replaceChildren(h('p', {}, text));
    const visible = this.main.querySelector('.console-result') ?? this.main.appendChild(h('p', { class: 'console-result' }));
    visible.textContent = text;
  }
}

function form(label: string, fields: HTMLElement[], submit: () => Promise<void>): HTMLFormElement {
  return h('form', {
    class: 'console-form',
    'aria-label': label,
    onsubmit: (event: Event) => {
      event.preventDefault();
      void submit();
    },
  }, fields);
}

function groupsTable(groups: GroupProgress[], at: Date): HTMLElement {
  if (groups.length === 0) {
    return h('p', {}, "No group has started yet. Each group types 'start' in its own thread of the channel.");
  }

  return h(
    'table',
    { class: 'console-table' },
    h('caption', {}, 'Where every group is'),
    h('thead', {}, h('tr', {}, ['Group', 'Phase', 'Step', 'Items', 'Last activity'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, groups.map((g) => h('tr', { 'data-group-id': g.groupId },
      h('th', { scope: 'row' }, g.name),
      h('td', { class: 'phase' }, g.isFinished ? 'finished' : g.phase + (g.isPaused ? ' (paused)' : '')),
      h('td', { class: 'step' }, `${g.step} of ${g.steps}`),
      h('td', { class: 'items' }, String(g.items)),
      h('td', { class: 'activity' }, ago(g.lastActivityAt, at))))),
  );
}

function ago(when: string | null, at: Date): string {
  if (!when) return 'not yet';
  const minutes = Math.floor((at.getTime() - new Date(when).getTime()) / 60_000);
  return minutes < 1 ? 'just now' : `${minutes} min ago`;
}

function nextPhase(current: string | null): string {
  const index = phases.indexOf((current ?? '') as (typeof phases)[number]);
  return index < 0 ? 'persona' : phases[Math.min(index + 1, phases.length - 1)]!;
}

function describe(error: unknown): string {
  return error instanceof TabApiError ? `${error.problem.title ?? 'Refused'}: ${error.problem.detail ?? ''}` : String(error);
}

void startConsolePage();
