import { EditConflictError, TabApiError } from './api-errors';
import type {
  ChangesSnapshot,
  DocumentsResult,
  EditRequest,
  EditResult,
  FacilitationAction,
  FacilitationResult,
  MapSnapshot,
  Me,
  ProblemDetails,
  WorkshopProgress,
  WorkshopSummary,
} from './wire-types';
import type { Comparison, Plenary, PlenaryChange } from './plenary-types';

/** Where the client gets the caller's identity for each call. */
export interface TabCredentials {
  /** A Teams SSO token, or null outside Teams (the server then uses its local development identity). */
  getToken(): Promise<string | null>;
  /** The Teams team id from getContext, when known. */
  teamId: string | null;
}

/** The REST side of the tab API (tabs/API.md), with auth headers and problem details turned into errors. */
export class TabApiClient {
  /** True once the server said it uses its local development identity. */
  isLocalDevelopment = false;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: TabCredentials,
  ) {}

  me(): Promise<Me> {
    return this.send<Me>('GET', '/api/tab/me');
  }

  listWorkshops(channelId: string | null): Promise<WorkshopSummary[]> {
    const query = channelId ? `?channelId=${encodeURIComponent(channelId)}` : '';
    return this.send<WorkshopSummary[]>('GET', `/api/tab/workshops${query}`);
  }

  loadMap(workshopId: string, groupId: string | null): Promise<MapSnapshot> {
    const query = groupId ? `?groupId=${encodeURIComponent(groupId)}` : '';
    return this.send<MapSnapshot>('GET', `/api/tab/workshops/${encodeURIComponent(workshopId)}/map${query}`);
  }

  /** Every group changed after `position` (from the last /map or /changes answer). */
  changesAfter(workshopId: string, position: string, groupId: string | null): Promise<ChangesSnapshot> {
    const group = groupId ? `&groupId=${encodeURIComponent(groupId)}` : '';
    return this.send<ChangesSnapshot>(
      'GET',
      `/api/tab/workshops/${encodeURIComponent(workshopId)}/changes?after=${encodeURIComponent(position)}${group}`,
    );
  }

  /** Sends one edit; a 409 becomes an {@link EditConflictError} carrying the current item. */
  edit(workshopId: string, groupId: string, request: EditRequest): Promise<EditResult> {
    const path = `/api/tab/workshops/${encodeURIComponent(workshopId)}/groups/${encodeURIComponent(groupId)}/edits`;
    return this.send<EditResult>('POST', path, request);
  }

  /** The workshop's second half: consolidated map, pooled initiatives, plan and versions. */
  loadPlenary(workshopId: string): Promise<Plenary> {
    return this.send<Plenary>('GET', `/api/tab/workshops/${encodeURIComponent(workshopId)}/plenary`);
  }

  /** One second-half change; answers the plenary after it (a 400 explains a change that does not fit). */
  changePlenary(workshopId: string, change: PlenaryChange): Promise<Plenary> {
    return this.send<Plenary>('POST', `/api/tab/workshops/${encodeURIComponent(workshopId)}/plenary/${change.path}`, change.body);
  }

  /** What changed between version `from` and version `to` (or now, when null). */
  compareVersions(workshopId: string, from: number, to: number | null): Promise<Comparison> {
    const target = to === null ? '' : `&to=${to}`;
    return this.send<Comparison>('GET', `/api/tab/workshops/${encodeURIComponent(workshopId)}/plenary/compare?from=${from}${target}`);
  }

  /** Writes and publishes the workshop's deck and report; hub progress for it carries `requestId`. */
  generateDocuments(workshopId: string, requestId: string): Promise<DocumentsResult> {
    const path = `/api/tab/workshops/${encodeURIComponent(workshopId)}/documents?requestId=${encodeURIComponent(requestId)}`;
    return this.send<DocumentsResult>('POST', path);
  }

  /**
   * The deck or the report written now from the workshop's current map (not published), as base64: what the
   * Office insert APIs take.
   */
  async documentBase64(workshopId: string, kind: 'deck' | 'report'): Promise<string> {
    const response = await this.request('GET', `/api/tab/workshops/${encodeURIComponent(workshopId)}/documents/${kind}`, undefined, '*/*');
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    // In slices: String.fromCharCode with a whole multi-megabyte file would overflow the argument limit.
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }

    return btoa(binary);
  }

  /** Where every group of the workshop is (the facilitator console). */
  progress(workshopId: string): Promise<WorkshopProgress> {
    return this.send<WorkshopProgress>('GET', `/api/tab/workshops/${encodeURIComponent(workshopId)}/progress`);
  }

  /** A facilitator action on every group: move-all, pause-all, resume-all, extend, broadcast or lock. */
  facilitate(workshopId: string, action: FacilitationAction, body?: unknown): Promise<FacilitationResult> {
    return this.send<FacilitationResult>('POST', `/api/tab/workshops/${encodeURIComponent(workshopId)}/facilitation/${action}`, body ?? {});
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body, 'application/json');
    return (await response.json()) as T;
  }

  private async request(method: string, path: string, body: unknown, accept: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    const token = await this.credentials.getToken();
    if (token) {
      headers['Authorization'] = `Bearer ${token}`;
    }

    if (this.credentials.teamId) {
      headers['X-Teams-Team-Id'] = this.credentials.teamId;
    }

    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }

    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new TabApiError(0, { title: 'The map server cannot be reached', detail: String(error) });
    }

    if (response.headers.get('X-TeamsJourney-Identity') === 'local-development') {
      this.isLocalDevelopment = true;
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      throw response.status === 409 ? new EditConflictError(problem) : new TabApiError(response.status, problem);
    }

    return response;
  }
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') {
      return parsed as ProblemDetails;
    }
  } catch (error) {
    // Not JSON (e.g. a proxy's HTML page): keep the status and a short excerpt as the detail.
    return { status: response.status, title: response.statusText, detail: `${String(error)}: ${text.slice(0, 200)}` };
  }

  return { status: response.status, title: response.statusText, detail: text.slice(0, 200) };
}
