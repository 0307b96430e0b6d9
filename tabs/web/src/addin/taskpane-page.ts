import { TabApiError } from '../api/api-errors';
import { TabApiClient } from '../api/tab-api-client';
import type { WorkshopSummary } from '../api/wire-types';
import { h } from '../view/dom';
import { detectOfficeApp, officeToken, supportsInsert, type OfficeApp } from './office-host';
import { findWorkshopSlides, hasWorkshopReport, insertWorkshopReport, insertWorkshopSlides, type InsertOutcome } from './office-insert';

/**
 * The Office add-in's task pane (Word and PowerPoint): sign in (Office SSO, or the host's local development
 * identity), pick a workshop, then insert its slides or its report, tagged so that inserting again refreshes
 * them in place. Opened outside Office it says so, and still lists the workshops with download links.
 */
async function startTaskPane(): Promise<void> {
  const status = document.getElementById('pane-status')!;
  const body = document.getElementById('pane-body')!;
  const app = await detectOfficeApp();
  let useSso = false;
  let teamId: string | null = null;
  const api = new TabApiClient('', {
    getToken: async () => (useSso ? officeToken() : null),
    get teamId() {
      return teamId;
    },
  });

  try {
    await signIn(api, app, () => (useSso = true));
  } catch (error) {
    status.replaceChildren(h('span', { role: 'alert', class: 'failure' }, `Sign-in failed: ${messageOf(error)}`));
    return;
  }

  if (api.isLocalDevelopment) {
    document.getElementById('pane-badges')?.replaceChildren(h('span', { class: 'dev-badge' }, 'Local development sign-in'));
  }

  let workshops: WorkshopSummary[];
  try {
    workshops = await api.listWorkshops(null);
  } catch (error) {
    status.replaceChildren(h('span', { role: 'alert', class: 'failure' }, `Workshops could not be loaded: ${messageOf(error)}`));
    return;
  }

  status.replaceChildren(hostNotice(app));
  if (workshops.length === 0) {
    body.replaceChildren(h('p', { class: 'pane-empty' }, 'No workshop here yet. Start one in Teams: mention TeamsJourney in a channel and type "start missed-bin-collection".'));
    return;
  }

  const picker = h('select', { id: 'workshop', name: 'workshop' }, workshops.map((w) => h('option', { value: w.id }, describe(w))));
  const result = h('p', { id: 'pane-result', class: 'pane-result', role: 'status', 'aria-live': 'polite' });
  const chosen = (): WorkshopSummary => workshops.find((w) => w.id === picker.value) ?? workshops[0]!;
  const actions = h('div', { class: 'pane-actions' });
  const downloads = h('p', { class: 'pane-downloads' });

  const refreshActions = async (): Promise<void> => {
    const workshop = chosen();
    teamId = workshop.teamId;
    downloads.replaceChildren(...downloadLinks(workshop));
    actions.replaceChildren(...(await insertButtons(app, workshop, api, result)));
  };
  picker.addEventListener('change', () => void refreshActions());

  body.replaceChildren(
    h('div', { class: 'pane-field' }, h('label', { for: 'workshop' }, 'Workshop'), picker),
    actions,
    result,
    downloads,
  );
  await refreshActions();
}

/** Local development needs no token; otherwise Office SSO, which only exists inside Office. */
async function signIn(api: TabApiClient, app: OfficeApp, switchToSso: () => void): Promise<void> {
  try {
    await api.me();
    return;
  } catch (error) {
    if (!(error instanceof TabApiError && error.status === 401)) {
      throw error;
    }
  }

  if (app === 'none') {
    throw new Error('signing in needs Word or PowerPoint: open TeamsJourney from the Home ribbon there.');
  }

  switchToSso();
  await api.me();
}

function hostNotice(app: OfficeApp): HTMLElement {
  switch (app) {
    case 'PowerPoint':
      return h('span', {}, 'Insert a workshop\u2019s journey maps, blueprints and initiatives as slides. Inserting again refreshes them in place.');
    case 'Word':
      return h('span', {}, 'Insert a workshop\u2019s report. Inserting again refreshes it in place.');
    case 'other':
      return h('span', { class: 'pane-outside' }, 'This add-in works in Word and PowerPoint. Open it there to insert a workshop.');
    default:
      return h(
        'span',
        { class: 'pane-outside' },
        h('strong', {}, 'Open this in Word or PowerPoint'),
        ' to insert a workshop\u2019s slides or report. Here you can pick a workshop and download its deck and report.',
      );
  }
}

async function insertButtons(app: OfficeApp, workshop: WorkshopSummary, api: TabApiClient, result: HTMLElement): Promise<HTMLElement[]> {
  if ((app !== 'PowerPoint' && app !== 'Word') || !supportsInsert(app)) {
    if (app === 'PowerPoint' || app === 'Word') {
      result.textContent = `This version of ${app} cannot insert files from an add-in. Download the file below instead.`;
    }

    return [];
  }

  const kind = app === 'PowerPoint' ? 'deck' : 'report';
  const alreadyThere = app === 'PowerPoint'
    ? (await findWorkshopSlides(PowerPoint, workshop.id)).length > 0
    : await hasWorkshopReport(Word, workshop.id);
  const noun = app === 'PowerPoint' ? 'slides' : 'report';
  const button = h('button', { type: 'button', class: 'primary-button' }, `${alreadyThere ? 'Refresh' : 'Insert'} ${noun}`);
  button.addEventListener('click', () => {
    void (async () => {
      button.disabled = true;
      result.textContent = `Writing the ${kind} from the latest map\u2026`;
      try {
        const file = { workshopId: workshop.id, title: workshop.title, base64: await api.documentBase64(workshop.id, kind) };
        result.textContent = `Inserting the ${noun}\u2026`;
        const outcome = app === 'PowerPoint' ? await insertWorkshopSlides(PowerPoint, file) : await insertWorkshopReport(Word, file);
        result.textContent = describeOutcome(app, outcome);
        button.textContent = `Refresh ${noun}`;
      } catch (error) {
        result.replaceChildren(h('span', { role: 'alert', class: 'failure' }, `The ${noun} could not be inserted: ${messageOf(error)}`));
      } finally {
        button.disabled = false;
      }
    })();
  });
  return [button];
}

function describeOutcome(app: OfficeApp, outcome: InsertOutcome): string {
  if (app === 'PowerPoint') {
    return outcome.removed > 0
      ? `Refreshed: ${outcome.removed} earlier slide(s) replaced by ${outcome.inserted}.`
      : `Inserted ${outcome.inserted} slide(s).`;
  }

  return outcome.removed > 0 ? 'Refreshed the report in place.' : 'Inserted the report.';
}

function downloadLinks(workshop: WorkshopSummary): HTMLElement[] {
  const base = `/api/tab/workshops/${encodeURIComponent(workshop.id)}/documents`;
  return [
    h('a', { href: `${base}/deck`, download: '' }, 'Download the deck (.pptx)'),
    ' \u00b7 ',
    h('a', { href: `${base}/report`, download: '' }, 'Download the report (.docx)'),
  ] as unknown as HTMLElement[];
}

function describe(workshop: WorkshopSummary): string {
  const groups = workshop.groups.length === 1 ? '1 group' : `${workshop.groups.length} groups`;
  return `${workshop.title} (${groups})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void startTaskPane();
