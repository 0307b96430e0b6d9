// Wire shapes of the tab API and hub, as documented in tabs/API.md. Only what the tab reads is typed.

/** A lane name as the server sends it, e.g. "CustomerAction". */
export type LaneName = string;

export type EvidenceKind = 'Fact' | 'Assumption';

export type PresenceMode = 'viewing' | 'editing';

export interface WorkshopSummary {
  id: string;
  title: string;
  tenantId: string;
  teamId: string | null;
  channelId: string | null;
  createdAt: string;
  groups: { id: string; name: string; scenarioId: string }[];
}

export type MapSection = 'journey' | 'blueprint';

/**
 * A row of the map as drawn (journey map rows, then blueprint rows). `section` is the view the row is drawn in,
 * `capturedIn` the view its items are edited in: a row where they differ only mirrors a lane drawn above.
 */
export interface LaneInfo {
  lane: LaneName;
  label: string;
  shortLabel: string;
  section: MapSection;
  capturedIn: MapSection;
}

export interface LineInfo {
  name: string;
  label: string;
  aboveLane: LaneName;
  belowLane: LaneName;
}

export interface Persona {
  name: string | null;
  goals: string[];
  motivations: string[];
  challenges: string[];
  lifeContext: string | null;
}

export interface StageSnapshot {
  id: string;
  name: string;
  order: number;
  emotion: number | null;
}

export interface Evidence {
  kind: EvidenceKind;
  source: string | null;
}

export interface MapItem {
  id: string;
  stageId: string;
  lane: LaneName;
  text: string;
  channel: string | null;
  evidence: Evidence | null;
  authorName: string | null;
  version: number;
}

export interface Initiative {
  id: string;
  title: string;
  description: string | null;
  painPointIds: string[];
  votes: number;
  hasMyVote: boolean;
  impact: number | null;
  effort: number | null;
}

export interface GroupSnapshot {
  groupId: string;
  name: string;
  scenarioId?: string;
  scenarioTitle: string | null;
  stepTitle: string | null;
  isStarted?: boolean;
  isFinished: boolean;
  isPaused?: boolean;
  persona: Persona | null;
  stages: StageSnapshot[];
  items: MapItem[];
  initiatives: Initiative[];
  /**
   * The group's own stream version (0 before it starts), raised by every stored change of this group and no other:
   * what "groupChanged" deltas start from and lead to.
   */
  groupVersion: number;
}

/** A group's name, scenario, step and state, as a "groupChanged" delta carries them when one of them changed. */
export interface GroupHeader {
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  stepTitle: string;
  isStarted: boolean;
  isFinished: boolean;
  isPaused: boolean;
}

export interface MapSnapshot {
  workshopId: string;
  title: string;
  objectives: string[];
  stakeholders: string[];
  /** The workshop's version: the sum of its groups' versions, for showing. */
  version: number;
  /** Where to catch up from: send it back as GET /changes?after=. Opaque. */
  position: string;
  lanes: LaneInfo[];
  lines: LineInfo[];
  groups: GroupSnapshot[];
}

export interface ChangesSnapshot {
  version: number;
  position: string;
  groups: GroupSnapshot[];
}

export interface Me {
  userId: string;
  userName: string;
  tenantId: string;
  isLocalDevelopment: boolean;
}

export type EditOp = 'add' | 'editText' | 'move' | 'delete' | 'setEvidence' | 'vote' | 'unvote';

export interface EditRequest {
  op: EditOp;
  itemId?: string;
  initiativeId?: string;
  baseVersion?: number;
  stageId?: string;
  lane?: LaneName;
  text?: string;
  channel?: string | null;
  evidenceKind?: EvidenceKind | null;
  evidenceSource?: string | null;
  clientEditId: string;
}

export interface EditResult {
  /** The group's version after the edit. */
  version: number;
  item?: MapItem | null;
  initiative?: Initiative | null;
  duplicate?: boolean;
}

/**
 * The "groupChanged" hub message (tabs/API.md): what a stored change did to one group, from stream version
 * `fromGroupVersion` to `groupVersion`. Apply it only to the group held at `fromGroupVersion`; older means a change
 * was missed (read the group again), `groupVersion` or newer means it is already applied.
 */
export interface GroupChanged {
  workshopId: string;
  groupId: string;
  fromGroupVersion: number;
  groupVersion: number;
  /** Null when the name, scenario, step and state did not change. */
  header: GroupHeader | null;
  /** The whole persona, or null when it did not change. */
  persona: Persona | null;
  /** Every stage, or null when none changed. */
  stages: StageSnapshot[] | null;
  /** Items added or changed, whole. */
  items: MapItem[];
  removedItemIds: string[];
  /** Initiatives proposed or changed, whole (hasMyVote false: a broadcast). */
  initiatives: Initiative[];
  removedInitiativeIds: string[];
}

export interface PresenceEntry {
  connectionId: string;
  userName: string;
  itemId: string | null;
  mode: PresenceMode;
}

export interface ConflictResolved {
  itemId: string;
  winner: string;
  field: string;
}

/** RFC 7807 problem details with the extensions the tab API adds. */
export interface ProblemDetails {
  title?: string;
  status?: number;
  detail?: string;
  current?: MapItem | null;
  conflictingField?: string;
  [extension: string]: unknown;
}

/** One published document (tabs/API.md, "Documents"): `url` is absolute (SharePoint) or host-relative (local folder). */
export interface GeneratedDocument {
  fileName: string;
  url: string;
  sizeBytes: number;
}

/** The answer of POST /documents: the deck first, then the report. */
export interface DocumentsResult {
  workshopId: string;
  documents: GeneratedDocument[];
}

/** Hub "documentsProgress": sent to the whole workshop; `requestId` tells which button asked. */
export interface DocumentsProgress {
  workshopId: string;
  requestId: string | null;
  step: string;
  percent: number;
  message: string;
}

/** One group on the facilitator console (GET .../progress). */
export interface GroupProgress {
  groupId: string;
  name: string;
  phase: string;
  step: number;
  steps: number;
  items: number;
  lastActivityAt: string | null;
  isPaused: boolean;
  isFinished: boolean;
}

/** GET /api/tab/workshops/{id}/progress, and the hub's "progress" message. */
export interface WorkshopProgress {
  workshopId: string;
  title: string;
  isLocked: boolean;
  isPaused: boolean;
  phase: string | null;
  endsAt: string | null;
  secondsLeft: number | null;
  at: string;
  canFacilitate: boolean;
  groups: GroupProgress[];
}

/** The console's actions (POST .../facilitation/{action}). */
export type FacilitationAction = 'move-all' | 'pause-all' | 'resume-all' | 'extend' | 'broadcast' | 'lock';

/** 200 answer of a console action. */
export interface FacilitationResult {
  message: string;
  progress: WorkshopProgress | null;
}
