import type { TabApiClient } from '../api/tab-api-client';
import type { GroupSnapshot, Initiative, MapItem, PresenceEntry } from '../api/wire-types';
import type { MapHubClient, MapHubListener } from '../live/map-hub-client';
import { MapStore, type StoreChange } from '../state/map-store';
import { askEvidence, askMove, askNewItem, confirmDelete } from '../view/item-dialogs';
import { editableLanes } from '../view/lane-rows';
import { laneCell } from '../view/group-map';
import { isMirrorRow } from '../view/lane-rows';
import { groupSection, workshopView } from '../view/map-view';
import type { Notices } from '../view/notices';
import { presenceAvatars } from '../view/presence-view';
import type { InlineEdit, Layout, MapActions, RenderContext } from '../view/view-model';
import { EditSender } from './edit-sender';
import { LiveMapSession } from './live-map-session';
import type { PageChrome } from './page-chrome';

/**
 * Draws the live map from the store (re-drawing one group at a time and keeping focus where it
 * was) and turns the views' actions into dialogs and edits. {@link LiveMapSession} keeps the store current.
 */
export class MapController implements MapActions {
  private readonly store = new MapStore();
  private readonly edits: EditSender;
  private readonly session: LiveMapSession;
  private editing: InlineEdit | null = null;
  private presence: PresenceEntry[] = [];

  constructor(
    api: TabApiClient,
    hubFactory: (listener: MapHubListener) => MapHubClient,
    private readonly notices: Notices,
    private readonly chrome: PageChrome,
    private readonly main: HTMLElement,
    private readonly layout: Layout,
  ) {
    this.session = new LiveMapSession(api, hubFactory, this.store, notices, chrome, (entries) => this.onPresence(entries));
    this.edits = new EditSender(api, this.store, notices, () => this.session.workshopId);
    this.store.subscribe((change) => this.onStoreChange(change));
  }

  get currentStore(): MapStore {
    return this.store;
  }

  start(workshopId: string, groupId: string | null): Promise<void> {
    return this.session.start(workshopId, groupId);
  }

  switchGroup(groupId: string | null): Promise<void> {
    this.editing = null;
    return this.session.switchGroup(groupId);
  }

  // ---- rendering ----

  private onStoreChange(change: StoreChange): void {
    this.notices.announce(change.announcements);
    const map = this.store.map;
    if (!map) {
      return;
    }

    this.chrome.setVersion(map.version);
    const group = change.groupId ? this.store.group(change.groupId) : undefined;
    const existing = change.groupId ? this.main.querySelector(`section.group[data-group-id="${CSS.escape(change.groupId)}"]`) : null;
    this.preservingFocus(() => {
      if (group && existing && change.cells && this.redrawCells(existing, group, change.cells)) {
        return;
      }

      if (group && existing) {
        existing.replaceWith(groupSection(group, this.renderContext()));
      } else {
        this.main.replaceChildren(workshopView(map, this.renderContext()));
      }
    });
  }

  /**
   * Redraws only the cells a live change touched (a map of thousands of items is not rebuilt for one note); false
   * when that cannot be done (the compact layout, a lane the blueprint mirrors, a cell not drawn), so the group is.
   */
  private redrawCells(section: Element, group: GroupSnapshot, cells: { stageId: string; lane: string }[]): boolean {
    const lanes = this.store.map?.lanes ?? [];
    if (this.layout === 'sidePanel' || cells.some((c) => lanes.some((l) => l.lane === c.lane && isMirrorRow(l)))) {
      return false;
    }

    const context = this.renderContext();
    const redraws: [Element, HTMLElement][] = [];
    for (const { stageId, lane } of cells) {
      const drawn = section.querySelector(`td.cell[data-stage-id="${CSS.escape(stageId)}"][data-lane="${CSS.escape(lane)}"]`);
      const laneInfo = lanes.find((l) => l.lane === lane && !isMirrorRow(l));
      const stage = group.stages.find((s) => s.id === stageId);
      if (!drawn || !laneInfo || !stage) {
        return false;
      }

      const items = group.items.filter((i) => i.stageId === stageId && i.lane === lane);
      redraws.push([drawn, laneCell(group, laneInfo, stage, items, context)]);
    }

    for (const [drawn, cell] of redraws) {
      drawn.replaceWith(cell);
    }

    return true;
  }

  private renderContext(): RenderContext {
    const map = this.store.map;
    const own = this.session.connectionId;
    const presenceByItem = new Map<string, PresenceEntry[]>();
    for (const entry of this.presence) {
      if (entry.itemId && entry.connectionId !== own) {
        presenceByItem.set(entry.itemId, [...(presenceByItem.get(entry.itemId) ?? []), entry]);
      }
    }

    return { lanes: map?.lanes ?? [], lines: map?.lines ?? [], layout: this.layout, editing: this.editing, presenceByItem, actions: this };
  }

  private rerender(): void {
    this.onStoreChange({ groupId: null, announcements: [] });
  }

  /** Re-rendering replaces elements; put focus (and the caret) back where the person was. */
  private preservingFocus(render: () => void): void {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const key = active?.dataset['focusKey'];
    const selection = active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
    render();
    if (!key || active?.isConnected) {
      return;
    }

    const again = this.main.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    again?.focus();
    if (again instanceof HTMLTextAreaElement && selection) {
      again.setSelectionRange(selection[0] ?? 0, selection[1] ?? 0);
    }
  }

  private onPresence(entries: PresenceEntry[]): void {
    this.presence = entries;
    this.chrome.setPresence(entries, this.session.connectionId);
    // Presence changes with every focus move: swap the avatars in place instead of redrawing the map.
    const byItem = this.renderContext().presenceByItem;
    for (const card of this.main.querySelectorAll<HTMLElement>('article.item')) {
      card.querySelector(':scope > .avatars')?.remove();
      const avatars = presenceAvatars(byItem.get(card.dataset['itemId'] ?? ''));
      if (avatars) {
        card.prepend(avatars);
      }
    }
  }

  // ---- actions (MapActions) ----

  startEdit(group: GroupSnapshot, item: MapItem): void {
    this.editing = { groupId: group.groupId, itemId: item.id, draft: item.text, baseVersion: item.version };
    void this.session.setPresence(item.id, 'editing');
    this.rerender();
    this.main.querySelector<HTMLTextAreaElement>(`[data-focus-key="editor:${CSS.escape(item.id)}"]`)?.focus();
  }

  updateDraft(draft: string): void {
    if (this.editing) {
      this.editing.draft = draft;
    }
  }

  saveEdit(): void {
    const edit = this.editing;
    if (!edit) {
      return;
    }

    const text = edit.draft.trim();
    if (text.length === 0) {
      this.notices.error('Text is empty', 'Type some text, or use Delete to remove the item.');
      return;
    }

    this.finishEditing(edit);
    void this.edits.send(edit.groupId, { op: 'editText', itemId: edit.itemId, text, baseVersion: edit.baseVersion }, text);
  }

  cancelEdit(): void {
    if (this.editing) {
      this.finishEditing(this.editing);
    }
  }

  private finishEditing(edit: InlineEdit): void {
    this.editing = null;
    void this.session.setPresence(edit.itemId, 'viewing');
    this.rerender();
    this.main.querySelector<HTMLElement>(`[data-focus-key="edit:${CSS.escape(edit.itemId)}"]`)?.focus();
  }

  async move(group: GroupSnapshot, item: MapItem): Promise<void> {
    const target = await askMove(group, item, editableLanes(this.store.map?.lanes ?? []));
    if (target) {
      await this.edits.send(group.groupId, { op: 'move', itemId: item.id, baseVersion: item.version, ...target });
    }
  }

  dropMove(groupId: string, itemId: string, stageId: string, lane: string): void {
    const found = this.store.findItem(itemId);
    if (found && (found.item.stageId !== stageId || found.item.lane !== lane)) {
      void this.edits.send(groupId, { op: 'move', itemId, stageId, lane, baseVersion: found.item.version });
    }
  }

  async markEvidence(group: GroupSnapshot, item: MapItem): Promise<void> {
    const evidence = await askEvidence(item);
    if (evidence) {
      await this.edits.send(group.groupId, {
        op: 'setEvidence',
        itemId: item.id,
        baseVersion: item.version,
        evidenceKind: evidence.kind,
        evidenceSource: evidence.source,
      });
    }
  }

  async remove(group: GroupSnapshot, item: MapItem): Promise<void> {
    if (await confirmDelete(item)) {
      await this.edits.send(group.groupId, { op: 'delete', itemId: item.id, baseVersion: item.version });
    }
  }

  async add(group: GroupSnapshot, stageId: string, lane: string): Promise<void> {
    const laneInfo = this.store.map?.lanes.find((l) => l.lane === lane) ?? { lane, label: lane, shortLabel: lane, section: 'journey' as const, capturedIn: 'journey' as const };
    const item = await askNewItem(group, stageId, laneInfo);
    if (item) {
      await this.edits.send(group.groupId, { op: 'add', stageId, lane, ...item });
    }
  }

  toggleVote(group: GroupSnapshot, initiative: Initiative): void {
    void this.edits.send(group.groupId, { op: initiative.hasMyVote ? 'unvote' : 'vote', initiativeId: initiative.id });
  }

  focusItem(itemId: string | null): void {
    if (this.editing) {
      return;
    }

    void this.session.setPresence(itemId, 'viewing');
  }
}
