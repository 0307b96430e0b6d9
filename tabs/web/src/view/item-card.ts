import type { GroupSnapshot, MapItem } from '../api/wire-types';
import { channelChip } from './channel-icons';
import { h, uniqueId } from './dom';
import { evidenceBadge } from './evidence-badge';
import { presenceAvatars } from './presence-view';
import type { RenderContext } from './view-model';

/** The MIME type a dragged item carries, so drops from elsewhere are ignored. */
export const itemDragType = 'application/x-teamsjourney-item';

/** One sticky note of the map: its text (or the inline editor), channel, evidence, author, presence and actions. */
export function itemCard(group: GroupSnapshot, item: MapItem, laneLabel: string, context: RenderContext): HTMLElement {
  const textId = uniqueId('item-text');
  const editing = context.editing?.itemId === item.id ? context.editing : null;
  const { actions } = context;
  const button = (label: string, key: string, onClick: () => void, extraClass = ''): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        class: `item-action ${extraClass}`,
        'aria-describedby': textId,
        'data-focus-key': `${key}:${item.id}`,
        onclick: () => onClick(),
      },
      label,
    );

  const body = editing
    ? inlineEditor(item, laneLabel, editing.draft, editing.baseVersion, textId, context)
    : h('p', { class: 'item-text', id: textId }, item.text);

  const meta = h(
    'div',
    { class: 'item-meta' },
    item.channel ? channelChip(item.channel) : null,
    evidenceBadge(item.evidence),
    item.authorName ? h('span', { class: 'author' }, item.authorName) : null,
  );

  const toolbar = editing
    ? null
    : h(
        'div',
        { class: 'item-actions', role: 'group', 'aria-label': 'Item actions' },
        button('Edit', 'edit', () => actions.startEdit(group, item)),
        button('Move', 'move', () => actions.move(group, item)),
        button('Evidence', 'evidence', () => actions.markEvidence(group, item)),
        button('Delete', 'delete', () => actions.remove(group, item), 'danger'),
      );

  const card = h(
    'article',
    {
      class: `item lane-${item.lane}${editing ? ' is-editing' : ''}`,
      'data-item-id': item.id,
      'aria-label': `${laneLabel}: ${item.text}`,
      // Focusable so keyboard users reach the item; its actions show (and join the tab order) on focus.
      tabindex: 0,
      'data-focus-key': `item:${item.id}`,
      draggable: editing ? null : 'true',
    },
    presenceAvatars(context.presenceByItem.get(item.id)),
    body,
    meta,
    toolbar,
  );

  card.addEventListener('dragstart', (event) => {
    event.dataTransfer?.setData(itemDragType, JSON.stringify({ groupId: group.groupId, itemId: item.id }));
    event.dataTransfer?.setData('text/plain', item.text);
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
    }
  });
  card.addEventListener('focusin', () => actions.focusItem(item.id));
  card.addEventListener('focusout', (event) => {
    if (!card.contains(event.relatedTarget as Node | null)) {
      actions.focusItem(null);
    }
  });
  return card;
}

function inlineEditor(
  item: MapItem,
  laneLabel: string,
  draft: string,
  baseVersion: number,
  textId: string,
  context: RenderContext,
): HTMLElement {
  const { actions } = context;
  const textarea = h('textarea', {
    class: 'item-editor',
    id: textId,
    rows: 3,
    maxlength: 1000,
    'aria-label': `Text of this ${laneLabel.toLowerCase()} item`,
    'data-focus-key': `editor:${item.id}`,
  });
  textarea.value = draft;
  textarea.addEventListener('input', () => actions.updateDraft(textarea.value));
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      actions.saveEdit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      actions.cancelEdit();
    }
  });

  // Someone else changed the item while this person types: say so before they save.
  const changedMeanwhile =
    item.version !== baseVersion
      ? h('p', { class: 'edit-warning', role: 'status' }, `Changed by someone else meanwhile: “${item.text}”`)
      : null;

  return h(
    'div',
    { class: 'inline-editor' },
    textarea,
    changedMeanwhile,
    h(
      'div',
      { class: 'editor-buttons' },
      h('button', { type: 'button', class: 'primary', 'data-focus-key': `save:${item.id}`, onclick: () => actions.saveEdit() }, 'Save'),
      h('button', { type: 'button', onclick: () => actions.cancelEdit() }, 'Cancel'),
      h('span', { class: 'hint' }, 'Enter saves · Shift+Enter new line · Esc cancels'),
    ),
  );
}
