// Wire shapes of the second half (tabs/API.md, "The second half").

export interface EvidenceStrength {
  facts: number;
  assumptions: number;
  unmarked: number;
  /** 0..1, null without notes. */
  factShare: number | null;
}

export interface PlenaryStage {
  id: string;
  name: string;
  order: number;
  /** The groups' own stages lined up here. */
  groupStages: { groupId: string; groupStageId: string; name: string }[];
  meanEmotion: number | null;
  emotionByGroup: Record<string, number | null>;
  evidence: EvidenceStrength;
  evidenceByGroup: Record<string, EvidenceStrength>;
}

export interface ClusterMember {
  groupId: string;
  groupName: string;
  itemId: string;
  text: string;
  authorName: string;
  evidence: 'Fact' | 'Assumption' | null;
  source: string | null;
}

export interface Cluster {
  id: string;
  name: string;
  isNamed: boolean;
  stageId: string;
  lane: string;
  laneLabel: string;
  groupCount: number;
  evidence: EvidenceStrength;
  members: ClusterMember[];
}

export type InitiativeStatus = 'proposed' | 'agreed' | 'inProgress' | 'done';

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'thanklessTask';

export interface PooledInitiative {
  id: string;
  title: string;
  members: { groupId: string; groupName: string; initiativeId: string; title: string }[];
  painPoints: { groupId: string; itemId: string; text: string; evidence: string | null; source: string | null }[];
  votes: number;
  groupVotes: number;
  hasMyDot: boolean;
  impact: number | null;
  effort: number | null;
  quadrant: Quadrant | null;
  status: InitiativeStatus;
  plan: { owner: string; dueDate: string; successMeasure: string | null; status: InitiativeStatus } | null;
}

export interface Plenary {
  workshopId: string;
  version: number;
  isFacilitator: boolean;
  groups: { groupId: string; groupName: string }[];
  stages: PlenaryStage[];
  /** Lanes that have clusters, in the map's order. */
  lanes: { lane: string; label: string; section: 'journey' | 'blueprint' }[];
  clusters: Cluster[];
  skippedOperations: string[];
  evidence: EvidenceStrength;
  initiatives: PooledInitiative[];
  dotsPerPerson: number;
  myDotsLeft: number;
  versions: { number: number; name: string; frozenAt: string }[];
}

export interface ComparedItem {
  groupId: string;
  groupName: string;
  itemId: string;
  stageId: string;
  lane: string;
  laneLabel: string;
  text: string;
  evidence: string | null;
  source: string | null;
}

export interface Comparison {
  from: string;
  to: string;
  added: ComparedItem[];
  removed: ComparedItem[];
  changed: { before: ComparedItem; after: ComparedItem; changes: ('text' | 'place' | 'evidence')[] }[];
  emotionChanges: { stageId: string; stageName: string; before: number | null; after: number | null; delta: number | null }[];
  initiativeChanges: { title: string; before: InitiativeStatus | null; after: InitiativeStatus | null }[];
}

export interface ItemReference {
  groupId: string;
  itemId: string;
}

export interface InitiativeReference {
  groupId: string;
  initiativeId: string;
}

/** The POST endpoints under .../plenary and their bodies. */
export type PlenaryChange =
  | { path: 'clusters'; body: { action: 'merge' | 'split' | 'rename' | 'undo'; items?: ItemReference[]; name?: string } }
  | { path: 'initiatives'; body: { action: string; initiatives?: InitiativeReference[]; [field: string]: unknown } }
  | { path: 'dots'; body: { dotsPerPerson: number } }
  | { path: 'stages'; body: { groupId: string; groupStageId: string; workshopStageId: string } }
  | { path: 'versions'; body: { name: string } };
