import type { EvidenceKind, GroupSnapshot, LaneInfo, MapItem } from '../api/wire-types';
import { channelLabel, channelNames } from './channel-icons';
import { openFormDialog } from './form-dialog';

export interface NewItem {
  text: string;
  channel: string | null;
  evidenceKind: EvidenceKind | null;
  evidenceSource: string | null;
}

const evidenceOptions = [
  { value: '', label: 'Not marked' },
  { value: 'Fact', label: 'Fact (backed by data or research)' },
  { value: 'Assumption', label: 'Assumption (still to test)' },
];

/** Asks for a new item's text (and channel, for a touchpoint). */
export async function askNewItem(group: GroupSnapshot, stageId: string, lane: LaneInfo): Promise<NewItem | null> {
  const stage = group.stages.find((s) => s.id === stageId);
  const values = await openFormDialog({
    title: `Add to ${lane.label}`,
    description: `${group.name} · ${stage?.name ?? stageId}`,
    submitLabel: 'Add',
    fields: [
      { kind: 'textarea', name: 'text', label: 'Text', required: true },
      ...(lane.lane === 'Touchpoint'
        ? [{ kind: 'select' as const, name: 'channel', label: 'Channel', value: 'Web', options: channelNames.map((c) => ({ value: c, label: channelLabel(c) })) }]
        : []),
      { kind: 'radio', name: 'evidenceKind', label: 'Evidence', value: '', options: evidenceOptions },
      { kind: 'text', name: 'evidenceSource', label: 'Source (optional)', hint: 'e.g. Complaints log, March' },
    ],
  });
  if (!values || !values['text']?.trim()) {
    return null;
  }

  return {
    text: values['text'].trim(),
    channel: values['channel'] ?? null,
    evidenceKind: toEvidenceKind(values['evidenceKind']),
    evidenceSource: values['evidenceSource']?.trim() || null,
  };
}

/** Keyboard-friendly move: pick the stage and lane from lists. */
export async function askMove(group: GroupSnapshot, item: MapItem, lanes: LaneInfo[]): Promise<{ stageId: string; lane: string } | null> {
  const values = await openFormDialog({
    title: 'Move item',
    description: `“${item.text}”`,
    submitLabel: 'Move',
    fields: [
      { kind: 'select', name: 'stageId', label: 'Stage', value: item.stageId, options: [...group.stages].sort((a, b) => a.order - b.order).map((s) => ({ value: s.id, label: s.name })) },
      { kind: 'select', name: 'lane', label: 'Lane', value: item.lane, options: lanes.map((l) => ({ value: l.lane, label: l.label })) },
    ],
  });
  if (!values?.['stageId'] || !values['lane']) {
    return null;
  }

  return values['stageId'] === item.stageId && values['lane'] === item.lane ? null : { stageId: values['stageId'], lane: values['lane'] };
}

export async function askEvidence(item: MapItem): Promise<{ kind: EvidenceKind | null; source: string | null } | null> {
  const values = await openFormDialog({
    title: 'Mark evidence',
    description: `“${item.text}”`,
    submitLabel: 'Save evidence',
    fields: [
      { kind: 'radio', name: 'evidenceKind', label: 'Is this a fact or an assumption?', value: item.evidence?.kind ?? '', options: evidenceOptions },
      { kind: 'text', name: 'evidenceSource', label: 'Source', value: item.evidence?.source ?? '', hint: 'Where the evidence comes from' },
    ],
  });
  if (!values) {
    return null;
  }

  return { kind: toEvidenceKind(values['evidenceKind']), source: values['evidenceSource']?.trim() || null };
}

export async function confirmDelete(item: MapItem): Promise<boolean> {
  const values = await openFormDialog({ title: 'Delete item?', description: `“${item.text}” will be removed for everyone.`, submitLabel: 'Delete', danger: true, fields: [] });
  return values !== null;
}

function toEvidenceKind(value: string | undefined): EvidenceKind | null {
  return value === 'Fact' || value === 'Assumption' ? value : null;
}
