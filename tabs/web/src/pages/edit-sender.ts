import { EditConflictError, TabApiError } from '../api/api-errors';
import type { TabApiClient } from '../api/tab-api-client';
import type { EditRequest, EditResult, MapItem } from '../api/wire-types';
import type { MapStore } from '../state/map-store';
import type { Notices } from '../view/notices';

type EditBody = Omit<EditRequest, 'clientEditId'>;

const fieldNames: Record<string, string> = {
  text: 'its text',
  position: 'its place on the map',
  evidence: 'its evidence',
  deleted: 'it (deleted it)',
};

/**
 * Sends tab edits and settles their outcome in the store: a success is shown at once, a conflict
 * shows the winner's value and tells this author their change was not saved, any other refusal
 * is explained. A network failure is retried with the same clientEditId, so it never applies twice.
 */
export class EditSender {
  constructor(
    private readonly api: TabApiClient,
    private readonly store: MapStore,
    private readonly notices: Notices,
    private readonly workshopId: () => string,
  ) {}

  /** Returns true when the server stored the edit. */
  async send(groupId: string, body: EditBody, lostValue: string | null = null): Promise<boolean> {
    const request: EditRequest = { ...body, clientEditId: newClientEditId() };
    try {
      const result = await this.sendWithRetry(groupId, request);
      this.settle(groupId, request, result);
      return true;
    } catch (error) {
      if (error instanceof EditConflictError && request.itemId) {
        this.store.applyCurrentItem(groupId, request.itemId, error.current);
        this.notices.conflict(conflictMessage(error.current, error.conflictingField), lostValue);
        return false;
      }

      if (error instanceof TabApiError) {
        this.notices.error('That change could not be made', error.message);
        return false;
      }

      throw error;
    }
  }

  private async sendWithRetry(groupId: string, request: EditRequest): Promise<EditResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.api.edit(this.workshopId(), groupId, request);
      } catch (error) {
        // Status 0: the request may or may not have arrived; the same clientEditId makes a retry safe.
        if (!(error instanceof TabApiError) || error.status !== 0 || attempt >= 3) {
          throw error;
        }

        await new Promise((resolve) => window.setTimeout(resolve, 500 * attempt));
      }
    }
  }

  private settle(groupId: string, request: EditRequest, result: EditResult): void {
    if (request.op === 'delete' && request.itemId) {
      this.store.removeOwnItem(groupId, request.itemId);
    } else if (result.item) {
      this.store.applyOwnItem(groupId, result.item);
    } else if (result.initiative) {
      this.store.applyOwnInitiative(groupId, { ...result.initiative, hasMyVote: request.op === 'vote' });
    }
  }
}

function conflictMessage(current: MapItem | null, field: string): string {
  const what = fieldNames[field] ?? 'it';
  if (current === null) {
    return 'Someone else deleted this item first.';
  }

  return `Someone else changed ${what} first. It now reads “${current.text}”. You can edit it again.`;
}

function newClientEditId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
