import {
  HubConnection,
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type IRetryPolicy,
  type RetryContext,
} from '@microsoft/signalr';
import type { TabCredentials } from '../api/tab-api-client';
import type { ConflictResolved, DocumentsProgress, GroupChanged, PresenceEntry, PresenceMode, WorkshopProgress } from '../api/wire-types';

/** What the hub tells the page. */
export interface MapHubListener {
  groupChanged(change: GroupChanged): void;
  presence(entries: PresenceEntry[]): void;
  conflictResolved(notice: ConflictResolved): void;
  /** Someone in the workshop is generating its documents (this page, when the request id is its own). */
  documentsProgress?(progress: DocumentsProgress): void;
  /** A facilitator action or a time box changed the workshop's progress (the console listens). */
  progress?(progress: WorkshopProgress): void;
  /** The workshop's second half changed (consolidation, dots, plan, versions): read it again. */
  plenaryChanged?(change: { workshopId: string; version: number }): void;
  /** Connected again after a drop: the page catches up from the last version it saw. */
  reconnected(): void;
  connectionChanged(state: 'connected' | 'reconnecting' | 'disconnected'): void;
}

/** Keeps retrying for as long as the tab is open: a meeting can outlast any fixed number of tries. */
const foreverBackoff: IRetryPolicy = {
  nextRetryDelayInMilliseconds(context: RetryContext): number {
    return Math.min(10_000, 250 * 2 ** Math.min(context.previousRetryCount, 6));
  },
};

/** The SignalR side of the tab API: one connection per page, joined to one workshop. */
export class MapHubClient {
  private readonly connection: HubConnection;
  private joined: { workshopId: string; groupId: string | null } | null = null;

  constructor(baseUrl: string, credentials: TabCredentials, private readonly listener: MapHubListener) {
    // Browsers cannot put headers on a WebSocket: the team travels in the query string (tabs/API.md).
    const team = credentials.teamId ? `?teamId=${encodeURIComponent(credentials.teamId)}` : '';
    this.connection = new HubConnectionBuilder()
      .withUrl(`${baseUrl}/hubs/map${team}`, {
        accessTokenFactory: async () => (await credentials.getToken()) ?? '',
      })
      .withAutomaticReconnect(foreverBackoff)
      .configureLogging(LogLevel.Warning)
      .build();

    this.connection.on('groupChanged', (change: GroupChanged) => listener.groupChanged(change));
    this.connection.on('presence', (entries: PresenceEntry[]) => listener.presence(entries));
    this.connection.on('conflictResolved', (notice: ConflictResolved) => listener.conflictResolved(notice));
    this.connection.on('plenaryChanged', (change: { workshopId: string; version: number }) => listener.plenaryChanged?.(change));
    this.connection.on('documentsProgress', (progress: DocumentsProgress) => listener.documentsProgress?.(progress));
    this.connection.on('progress', (progress: WorkshopProgress) => listener.progress?.(progress));
    this.connection.onreconnecting(() => listener.connectionChanged('reconnecting'));
    this.connection.onreconnected(() => void this.rejoinAfterReconnect());
    this.connection.onclose(() => listener.connectionChanged('disconnected'));
  }

  /** This page's connection id, to tell its own presence from other people's. */
  get connectionId(): string | null {
    return this.connection.connectionId;
  }

  async start(): Promise<void> {
    await this.connection.start();
    this.listener.connectionChanged('connected');
  }

  /** Joins the workshop's live group (again, to change the group filter) and returns who is there. */
  async join(workshopId: string, groupId: string | null): Promise<PresenceEntry[]> {
    this.joined = { workshopId, groupId };
    return await this.connection.invoke<PresenceEntry[]>('JoinWorkshop', workshopId, groupId);
  }

  /** Tells the others which item this person looks at or edits (null: none). */
  async setPresence(itemId: string | null, mode: PresenceMode): Promise<void> {
    if (this.connection.state !== HubConnectionState.Connected) {
      return;
    }

    await this.connection.invoke('SetPresence', itemId, mode);
  }

  async stop(): Promise<void> {
    await this.connection.stop();
  }

  private async rejoinAfterReconnect(): Promise<void> {
    if (this.joined) {
      const presence = await this.join(this.joined.workshopId, this.joined.groupId);
      this.listener.presence(presence);
    }

    this.listener.connectionChanged('connected');
    this.listener.reconnected();
  }
}
