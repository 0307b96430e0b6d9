import type { GroupSnapshot, Initiative, LaneInfo, LineInfo, MapItem, PresenceEntry } from '../api/wire-types';

/** Which layout the page draws: the full map, the meeting stage, or the side panel's compact list. */
export type Layout = 'map' | 'stage' | 'sidePanel';

/** The item whose text is being edited inline, with what has been typed so far. */
export interface InlineEdit {
  groupId: string;
  itemId: string;
  draft: string;
  /** The item version the editor started from: the server rebases or refuses against it. */
  baseVersion: number;
}

/** What the views call back into; the page turns these into API calls and dialogs. */
export interface MapActions {
  startEdit(group: GroupSnapshot, item: MapItem): void;
  updateDraft(draft: string): void;
  saveEdit(): void;
  cancelEdit(): void;
  move(group: GroupSnapshot, item: MapItem): void;
  dropMove(groupId: string, itemId: string, stageId: string, lane: string): void;
  markEvidence(group: GroupSnapshot, item: MapItem): void;
  remove(group: GroupSnapshot, item: MapItem): void;
  add(group: GroupSnapshot, stageId: string, lane: string): void;
  toggleVote(group: GroupSnapshot, initiative: Initiative): void;
  focusItem(itemId: string | null): void;
}

/** Everything a group view needs besides the group itself. */
export interface RenderContext {
  lanes: LaneInfo[];
  lines: LineInfo[];
  layout: Layout;
  editing: InlineEdit | null;
  /** Other people's presence by item id (this page's own connection left out). */
  presenceByItem: Map<string, PresenceEntry[]>;
  actions: MapActions;
}
