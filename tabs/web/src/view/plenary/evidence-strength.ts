import type { EvidenceStrength } from '../../api/plenary-types';
import { h } from '../dom';

/** Below this share of facts a stage is flagged as resting on assumptions: what to research next. */
export const WeakEvidence = 0.5;

/** "2 of 5 facts (40%)", flagged when weak. */
export function evidenceStrength(strength: EvidenceStrength, label = 'Evidence'): HTMLElement {
  if (strength.factShare === null) {
    return h('span', { class: 'strength strength-none' }, `${label}: no notes`);
  }

  const percent = Math.round(strength.factShare * 100);
  const weak = strength.factShare < WeakEvidence;
  return h(
    'span',
    { class: `strength ${weak ? 'strength-weak' : 'strength-strong'}`, 'data-fact-share': String(percent) },
    `${label}: ${strength.facts} of ${strength.facts + strength.assumptions + strength.unmarked} facts (${percent}%)`,
    weak ? h('span', { class: 'strength-flag' }, ' · research next') : null,
  );
}
