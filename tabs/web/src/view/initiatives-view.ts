import type { GroupSnapshot } from '../api/wire-types';
import { h } from './dom';
import type { RenderContext } from './view-model';

/** The group's initiatives with their votes; a toggle button votes and unvotes. */
export function initiativesView(group: GroupSnapshot, context: RenderContext): HTMLElement {
  const headingId = `initiatives-${group.groupId}`;
  const ranked = [...group.initiatives].sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title));
  const painPoints = new Map(group.items.filter((i) => i.lane === 'PainPoint').map((i) => [i.id, i.text]));

  return h(
    'section',
    { class: 'initiatives', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Opportunities and initiatives'),
    ranked.length === 0
      ? h('p', { class: 'empty' }, 'No initiatives proposed yet.')
      : h(
          'ol',
          { class: 'initiative-list' },
          ranked.map((initiative) => {
            const voteLabel = `${initiative.votes} ${initiative.votes === 1 ? 'vote' : 'votes'}`;
            const addresses = initiative.painPointIds.map((id) => painPoints.get(id)).filter((t): t is string => !!t);
            return h(
              'li',
              { class: 'initiative', 'data-initiative-id': initiative.id },
              h(
                'div',
                { class: 'initiative-main' },
                h('h4', { class: 'initiative-title' }, initiative.title),
                initiative.description ? h('p', {}, initiative.description) : null,
                addresses.length > 0 ? h('p', { class: 'addresses' }, `Addresses: ${addresses.join('; ')}`) : null,
                h(
                  'p',
                  { class: 'ratings' },
                  initiative.impact !== null ? h('span', { class: 'rating' }, `Impact ${initiative.impact}/5`) : null,
                  initiative.effort !== null ? h('span', { class: 'rating' }, `Effort ${initiative.effort}/5`) : null,
                ),
              ),
              h(
                'div',
                { class: 'vote' },
                h('span', { class: 'vote-count', 'aria-hidden': 'true' }, String(initiative.votes)),
                h(
                  'button',
                  {
                    type: 'button',
                    class: initiative.hasMyVote ? 'vote-button voted' : 'vote-button',
                    'aria-pressed': initiative.hasMyVote ? 'true' : 'false',
                    'aria-label': `Vote for “${initiative.title}” (${voteLabel})`,
                    'data-focus-key': `vote:${initiative.id}`,
                    onclick: () => context.actions.toggleVote(group, initiative),
                  },
                  initiative.hasMyVote ? '★ Voted' : '☆ Vote',
                ),
              ),
            );
          }),
        ),
  );
}
