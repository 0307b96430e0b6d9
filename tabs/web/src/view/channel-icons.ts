import { h, svg } from './dom';

/** How each touchpoint channel is labelled and drawn (simple 16×16 line icons, in currentColor). */
const channels: Record<string, { label: string; paths: string[] }> = {
  InPerson: { label: 'In person', paths: ['M8 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z', 'M3 14c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5'] },
  Phone: { label: 'Phone', paths: ['M4.5 2h2l1 3-1.5 1a7 7 0 0 0 3.5 3.5l1-1.5 3 1v2A1.5 1.5 0 0 1 12 12.5 10 10 0 0 1 3 3.5 1.5 1.5 0 0 1 4.5 2Z'] },
  Web: { label: 'Web', paths: ['M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z', 'M1.5 8h13', 'M8 1.5c2 2 2.8 4.2 2.8 6.5S10 12.5 8 14.5C6 12.5 5.2 10.3 5.2 8S6 3.5 8 1.5Z'] },
  App: { label: 'App', paths: ['M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1Z', 'M7 12.5h2'] },
  Email: { label: 'Email', paths: ['M2 3.5h12v9H2z', 'm2 4 6 5 6-5'] },
  Letter: { label: 'Letter', paths: ['M3.5 1.5h6l3 3v10h-9z', 'M9.5 1.5v3h3', 'M5.5 8h5M5.5 10.5h5'] },
  SocialMedia: { label: 'Social media', paths: ['M4 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM12 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z', 'm5.8 7 4.4-2.2M5.8 9l4.4 2.2'] },
  Chat: { label: 'Chat', paths: ['M2 3h12v8H7l-3 2.5V11H2z'] },
  Other: { label: 'Other channel', paths: ['M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z', 'M5 8h.01M8 8h.01M11 8h.01'] },
};

/** Channel values the server accepts, in the order the add dialog lists them. */
export const channelNames = Object.keys(channels);

export function channelLabel(channel: string): string {
  return channels[channel]?.label ?? channel;
}

/** An icon with a visible text label: colour or shape alone never carries the meaning. */
export function channelChip(channel: string): HTMLElement {
  const known = channels[channel] ?? channels['Other'];
  const icon = svg(
    'svg',
    { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false', class: 'icon' },
    (known?.paths ?? []).map((d) => svg('path', { d })),
  );
  return h('span', { class: 'channel-chip' }, icon, channelLabel(channel));
}
