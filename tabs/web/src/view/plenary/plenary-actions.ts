import type { InitiativeReference, ItemReference, PlenaryChange } from '../../api/plenary-types';

/** What the plenary views ask the page to do; the page sends it and redraws (or reports why it was refused). */
export interface PlenaryActions {
  change(change: PlenaryChange, announcement: string): Promise<void>;
  compare(from: number, to: number | null): Promise<void>;
}

export function itemRef(groupId: string, itemId: string): ItemReference {
  return { groupId, itemId };
}

export function initiativeRef(groupId: string, initiativeId: string): InitiativeReference {
  return { groupId, initiativeId };
}

/** "group/item" keys for checkbox values (ids never contain a newline, the separator of checkbox answers). */
export function refKey(groupId: string, id: string): string {
  return `${groupId}/${id}`;
}

export function fromKey(key: string): { groupId: string; id: string } {
  const slash = key.indexOf('/');
  return { groupId: key.slice(0, slash), id: key.slice(slash + 1) };
}
