import { h } from './dom';

/**
 * Messages for this person: conflicts (their change lost), errors, and a polite live region that
 * reads out what other people changed.
 */
export class Notices {
  private readonly list: HTMLElement;
  private readonly liveRegion: HTMLElement;
  private pending: string[] = [];
  private flushTimer: number | null = null;

  constructor(host: HTMLElement, liveRegion: HTMLElement) {
    this.list = host;
    this.liveRegion = liveRegion;
  }

  /** A 409: the change was not saved; the current value is shown so nothing is silently lost. */
  conflict(message: string, yourValue: string | null): void {
    this.show('conflict', 'Your change was not saved', message, yourValue ? `Your version: “${yourValue}”` : null);
  }

  error(title: string, message: string): void {
    this.show('error', title, message, null);
  }

  info(title: string, message: string): void {
    this.show('info', title, message, null);
  }

  /** Queues sentences for screen readers; bursts of changes are read as one short summary. */
  announce(sentences: string[]): void {
    if (sentences.length === 0) {
      return;
    }

    this.pending.push(...sentences);
    this.flushTimer ??= window.setTimeout(() => this.flush(), 400);
  }

  private flush(): void {
    this.flushTimer = null;
    const shown = this.pending.slice(0, 3);
    const more = this.pending.length - shown.length;
    this.pending = [];
    const text = [...shown, more > 0 ? `And ${more} more ${more === 1 ? 'change' : 'changes'}.` : ''].join(' ').trim();
    this.liveRegion.append(h('p', {}, text));
    // Keep the region short: screen readers only read what is added.
    while (this.liveRegion.childElementCount > 5) {
      this.liveRegion.firstElementChild?.remove();
    }
  }

  private show(kind: 'conflict' | 'error' | 'info', title: string, message: string, detail: string | null): void {
    const notice = h(
      'div',
      { class: `notice notice-${kind}`, role: kind === 'info' ? 'status' : 'alert' },
      h('div', { class: 'notice-body' }, h('strong', { class: 'notice-title' }, title), h('p', {}, message), detail ? h('p', { class: 'notice-detail' }, detail) : null),
    );
    notice.append(h('button', { type: 'button', class: 'notice-close', 'aria-label': `Dismiss: ${title}`, onclick: () => notice.remove() }, '×'));
    this.list.append(notice);
    while (this.list.childElementCount > 4) {
      this.list.firstElementChild?.remove();
    }
  }
}
