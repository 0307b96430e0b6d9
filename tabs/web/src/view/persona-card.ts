import type { GroupSnapshot } from '../api/wire-types';
import { h } from './dom';

/** The persona header above a group's map: who walks this journey, and what they want. */
export function personaCard(group: GroupSnapshot): HTMLElement {
  const persona = group.persona;
  if (!persona || (!persona.name && persona.goals.length === 0 && !persona.lifeContext)) {
    return h('section', { class: 'persona persona-empty', 'aria-label': 'Persona' }, h('p', {}, 'No persona yet: the group describes one in the bot.'));
  }

  const list = (title: string, entries: string[]): HTMLElement | null =>
    entries.length === 0 ? null : h('div', { class: 'persona-list' }, h('h4', {}, title), h('ul', {}, entries.map((e) => h('li', {}, e))));

  return h(
    'section',
    { class: 'persona', 'aria-label': `Persona: ${persona.name ?? 'unnamed'}` },
    h(
      'div',
      { class: 'persona-who' },
      h('span', { class: 'persona-label' }, 'Persona'),
      h('h3', { class: 'persona-name' }, persona.name ?? 'Unnamed persona'),
      persona.lifeContext ? h('p', { class: 'persona-context' }, persona.lifeContext) : null,
    ),
    list('Goals', persona.goals),
    list('Motivations', persona.motivations),
    list('Challenges', persona.challenges),
  );
}
