import type { Evidence } from '../api/wire-types';
import { h, uniqueId } from './dom';

/**
 * "Fact" or "Assumption" with its source. The source is in a tooltip for sighted mouse and keyboard
 * users (the badge is focusable) and in aria-describedby for screen readers.
 */
export function evidenceBadge(evidence: Evidence | null): HTMLElement {
  if (!evidence) {
    return h('span', { class: 'badge badge-none' }, 'No evidence');
  }

  const tipId = uniqueId('evidence');
  const source = evidence.source?.trim() ? evidence.source : 'No source given';
  const kind = evidence.kind === 'Fact' ? 'fact' : 'assumption';
  return h(
    'span',
    { class: 'badge-wrap' },
    h(
      'span',
      { class: `badge badge-${kind}`, tabindex: 0, 'aria-describedby': tipId, 'data-evidence': evidence.kind },
      evidence.kind === 'Fact' ? '✓ Fact' : '? Assumption',
    ),
    h('span', { id: tipId, role: 'tooltip', class: 'tooltip' }, `Source: ${source}`),
  );
}
