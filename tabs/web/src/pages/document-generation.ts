import type { TabApiClient } from '../api/tab-api-client';
import type { DocumentsProgress, GeneratedDocument } from '../api/wire-types';
import { DocumentsPanel } from '../view/documents-panel';

/**
 * One press of "Generate documents": a fresh request id, the POST, the hub's progress for that id
 * only (other people's runs and late messages are ignored), then the links or the error.
 */
export class DocumentGeneration {
  readonly panel = new DocumentsPanel(() => void this.generate());
  private requestId: string | null = null;
  private percent = 0;

  constructor(
    private readonly api: TabApiClient,
    private readonly workshopId: string,
  ) {}

  async generate(): Promise<void> {
    if (this.requestId) {
      return;
    }

    const requestId = newRequestId();
    this.requestId = requestId;
    this.percent = 0;
    this.panel.showRunning();
    try {
      const result = await this.api.generateDocuments(this.workshopId, requestId);
      this.panel.showDocuments(result.documents.map((document) => ({ document, href: downloadHref(document) })));
    } catch (error) {
      this.panel.showFailure(error instanceof Error ? error.message : String(error));
    } finally {
      this.requestId = null;
    }
  }

  /** A hub "documentsProgress" message; only this page's running request moves the bar. */
  progress(progress: DocumentsProgress): void {
    if (!this.requestId || progress.requestId !== this.requestId || progress.workshopId !== this.workshopId) {
      return;
    }

    // Hub messages may overtake each other: the bar never moves back.
    this.percent = Math.max(this.percent, progress.percent);
    this.panel.showProgress(this.percent, progress.message);
  }
}

/** Local-folder links are host-relative: they download from this page's origin. Only http(s) is linked. */
function downloadHref(document: GeneratedDocument): string {
  const url = new URL(document.url, window.location.origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The server returned an unusable link for ${document.fileName}: ${document.url}`);
  }

  return url.href;
}

/** Random hex: works outside secure contexts too, unlike crypto.randomUUID. */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}
