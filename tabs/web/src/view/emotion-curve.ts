import type { StageSnapshot } from '../api/wire-types';
import { formatEmotion } from '../state/group-diff';
import { svg } from './dom';

const height = 96;
const padding = 14;

/** Where a score sits vertically: +2 at the top, -2 at the bottom. */
function yOf(score: number): number {
  return padding + ((2 - score) / 4) * (height - 2 * padding);
}

/**
 * The emotion curve across the stages, drawn in percentages of the width so each point sits over
 * its stage column at any column width without stretching the dots.
 */
export function emotionCurve(stages: StageSnapshot[]): SVGElement {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const count = Math.max(ordered.length, 1);
  const xOf = (index: number): string => `${((index + 0.5) / count) * 100}%`;
  const scored = ordered.map((stage, index) => ({ stage, index })).filter((s) => s.stage.emotion !== null);
  const summary = ordered
    .map((s) => `${s.name}: ${s.emotion === null ? 'not scored' : formatEmotion(s.emotion)}`)
    .join('; ');

  const guides = [2, 0, -2].map((score) =>
    svg('line', { x1: '0', x2: '100%', y1: yOf(score), y2: yOf(score), class: score === 0 ? 'curve-zero' : 'curve-guide' }),
  );
  const segments = scored.slice(1).map((point, i) => {
    const previous = scored[i]!;
    return svg('line', {
      x1: xOf(previous.index),
      y1: yOf(previous.stage.emotion ?? 0),
      x2: xOf(point.index),
      y2: yOf(point.stage.emotion ?? 0),
      class: 'curve-line',
    });
  });
  const points = scored.map(({ stage, index }) => {
    const score = stage.emotion ?? 0;
    const tone = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
    return svg(
      'g',
      { class: `curve-point ${tone}` },
      svg('circle', { cx: xOf(index), cy: yOf(score), r: 7 }),
      svg('text', { x: xOf(index), y: yOf(score) + (score >= 0 ? 22 : -12), 'text-anchor': 'middle' }, formatEmotion(score)),
    );
  });
  const scaleLabels = [
    svg('text', { x: 4, y: yOf(2) - 3, class: 'curve-scale' }, '+2'),
    svg('text', { x: 4, y: yOf(-2) + 11, class: 'curve-scale' }, '−2'),
  ];

  return svg(
    'svg',
    {
      class: 'emotion-curve',
      width: '100%',
      height,
      role: 'img',
      'aria-label': scored.length > 0 ? `Emotion curve. ${summary}.` : 'Emotion curve: no stage scored yet.',
    },
    guides,
    scaleLabels,
    scored.length === 0 ? svg('text', { x: '50%', y: yOf(0) - 8, 'text-anchor': 'middle', class: 'curve-empty' }, 'Not scored yet') : null,
    segments,
    points,
  );
}
