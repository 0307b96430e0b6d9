import type { GeneratedDocument } from '../api/wire-types';
import { h, uniqueId } from './dom';

/**
 * The "Generate documents" control in the banner: the button, a labelled progress bar while the deck
 * and report are written, a polite status line that reads out each step, the download links once
 * they are published, and a clear alert when generation fails.
 */
export class DocumentsPanel {
  readonly element: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly progressRow: HTMLElement;
  private readonly progressBar: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly links: HTMLElement;
  private readonly failure: HTMLElement;

  constructor(onGenerate: () => void) {
    const progressId = uniqueId('documents-progress');
    // aria-disabled (not disabled) while running: focus stays on the button for keyboard users.
    this.button = h('button', { type: 'button', class: 'primary documents-button', onclick: () => this.isRunning || onGenerate() }, 'Generate documents');
    this.progressBar = h('progress', { id: progressId, max: 100, value: 0 });
    this.progressRow = h('div', { class: 'documents-progress', hidden: true }, h('label', { for: progressId }, 'Generating documents'), this.progressBar);
    this.status = h('p', { class: 'documents-status', role: 'status' });
    this.links = h('ul', { class: 'document-links', 'aria-label': 'Generated documents', hidden: true });
    this.failure = h('div', { class: 'documents-failure', role: 'alert' });
    this.element = h(
      'div',
      { class: 'documents', role: 'group', 'aria-label': 'Workshop documents' },
      h('div', { class: 'documents-controls' }, this.button, this.progressRow, this.status),
      this.links,
      this.failure,
    );
  }

  get isRunning(): boolean {
    return this.button.getAttribute('aria-disabled') === 'true';
  }

  showRunning(): void {
    this.button.setAttribute('aria-disabled', 'true');
    this.failure.replaceChildren();
    this.links.hidden = true;
    this.links.replaceChildren();
    this.progressBar.value = 0;
    this.progressRow.hidden = false;
    this.status.textContent = 'Starting to write the deck and the report…';
  }

  showProgress(percent: number, message: string): void {
    this.progressBar.value = Math.min(100, Math.max(0, percent));
    this.status.textContent = message;
  }

  showDocuments(documents: { document: GeneratedDocument; href: string }[]): void {
    this.finish();
    this.status.textContent = `Documents ready: ${documents.length} ${documents.length === 1 ? 'file' : 'files'} to download.`;
    this.links.replaceChildren(...documents.map(({ document, href }) => documentLink(document, href)));
    this.links.hidden = false;
  }

  showFailure(message: string): void {
    this.finish();
    this.status.textContent = '';
    this.failure.replaceChildren(h('strong', {}, 'The documents could not be generated'), h('p', {}, message));
  }

  private finish(): void {
    this.button.removeAttribute('aria-disabled');
    this.progressRow.hidden = true;
  }
}

function documentLink(document: GeneratedDocument, href: string): HTMLElement {
  const kind = document.fileName.toLowerCase().endsWith('.pptx') ? 'Deck' : document.fileName.toLowerCase().endsWith('.docx') ? 'Report' : 'File';
  // Rounded up so a small file never reads as "0 KB".
  const kilobytes = Math.max(1, Math.ceil(document.sizeBytes / 1024));
  return h(
    'li',
    {},
    h('span', { class: 'document-kind' }, `${kind}: `),
    h(
      'a',
      { href, target: '_blank', rel: 'noopener', class: 'document-link', 'data-size-bytes': document.sizeBytes },
      document.fileName,
      h('span', { class: 'document-size' }, ` (${kilobytes.toLocaleString('en')} KB)`),
      h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
    ),
  );
}
