// Small fakes of the parts of a PowerPoint presentation and a Word document the insert logic uses, wrapped
// in office-addin-mock's OfficeMockObject so load/sync behave as in Office (reading an unloaded or unsynced
// property fails). The "files" are base64 of JSON naming the slides or the report's paragraphs.
import { OfficeMockObject } from 'office-addin-mock';

export function fakeFile(content: { slides?: string[]; paragraphs?: string[] }): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64');
}

function readFile(base64: string): { slides?: string[]; paragraphs?: string[] } {
  return JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { slides?: string[]; paragraphs?: string[] };
}

export interface FakeSlide {
  id: string;
  title: string;
  tags: Map<string, string>;
}

/** A presentation: its slides in order; `PowerPoint` is the mock to hand to the insert logic. */
export class FakePresentation {
  readonly slides: FakeSlide[] = [];
  private nextId = 256;
  readonly PowerPoint: OfficeMockObject;

  constructor(titles: string[] = []) {
    for (const title of titles) {
      this.slides.push({ id: this.newId(), title, tags: new Map() });
    }

    const presentation = this;
    const items: FakeSlide[] = this.slides;
    this.PowerPoint = new OfficeMockObject(
      {
        context: {
          presentation: {
            slides: {
              items,
              getItem(id: string) {
                return presentation.slideApi(id);
              },
            },
            insertSlidesFromBase64(base64: string, options?: { targetSlideId?: string }) {
              presentation.insert(base64, options?.targetSlideId);
            },
          },
        },
        async run(callback: (context: unknown) => Promise<unknown>) {
          return callback((this as unknown as { context: unknown }).context);
        },
      },
      'powerpoint' as never,
    );
  }

  get titles(): string[] {
    return this.slides.map((s) => s.title);
  }

  tagsOf(title: string): string | undefined {
    return this.slides.find((s) => s.title === title)?.tags.get('TEAMSJOURNEY_WORKSHOP');
  }

  private newId(): string {
    return `${this.nextId++}#`;
  }

  private insert(base64: string, targetSlideId: string | undefined): void {
    const at = targetSlideId === undefined ? 0 : this.slides.findIndex((s) => s.id === targetSlideId) + 1;
    if (targetSlideId !== undefined && at === 0) {
      throw new Error('SlideNotFound');
    }

    const added = (readFile(base64).slides ?? []).map((title) => ({ id: this.newId(), title, tags: new Map<string, string>() }));
    this.slides.splice(at, 0, ...added);
  }

  private slideApi(id: string) {
    const slide = this.slides.find((s) => s.id === id);
    if (!slide) {
      throw new Error(`ItemNotFound: slide ${id}`);
    }

    return {
      id,
      delete: () => {
        this.slides.splice(this.slides.indexOf(slide), 1);
      },
      tags: {
        add(key: string, value: string) {
          slide.tags.set(key.toUpperCase(), value);
        },
        getItemOrNullObject(key: string) {
          const value = slide.tags.get(key.toUpperCase());
          return { isNullObject: value === undefined, value: value ?? '', load() { return this; } };
        },
      },
    };
  }
}

/** A Word document: plain paragraphs and tagged content controls holding paragraphs, in order. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'control'; tag: string; title: string; paragraphs: string[] };

export class FakeDocument {
  readonly blocks: Block[];
  readonly Word: OfficeMockObject;

  constructor(paragraphs: string[] = []) {
    this.blocks = paragraphs.map((text) => ({ kind: 'paragraph', text }));
    const doc = this;
    this.Word = new OfficeMockObject(
      {
        context: {
          document: {
            contentControls: {
              getByTag(tag: string) {
                return doc.controlsTagged(tag);
              },
            },
            getSelection() {
              return doc.selectionAtEnd();
            },
          },
        },
        async run(callback: (context: unknown) => Promise<unknown>) {
          return callback((this as unknown as { context: unknown }).context);
        },
      },
      'word' as never,
    );
  }

  /** Every paragraph as a reader sees it, in order. */
  get text(): string[] {
    return this.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.paragraphs));
  }

  controls(tag: string): Extract<Block, { kind: 'control' }>[] {
    return this.blocks.filter((b): b is Extract<Block, { kind: 'control' }> => b.kind === 'control' && b.tag === tag);
  }

  private controlsTagged(tag: string) {
    const items = this.controls(tag).map((control) => ({
      insertFileFromBase64: (base64: string, location: string) => {
        if (location !== 'Replace') {
          throw new Error(`unexpected location ${location}`);
        }

        control.paragraphs = readFile(base64).paragraphs ?? [];
      },
      delete: (keepContent: boolean) => {
        const at = this.blocks.indexOf(control);
        this.blocks.splice(at, 1, ...(keepContent ? control.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) : []));
      },
    }));
    return { items, load() { return this; } };
  }

  // The selection is the end of the document: what is inserted "After" it lands last.
  private selectionAtEnd() {
    return {
      insertFileFromBase64: (base64: string, location: string) => {
        if (location !== 'After') {
          throw new Error(`unexpected location ${location}`);
        }

        const paragraphs = readFile(base64).paragraphs ?? [];
        const inserted = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
        this.blocks.push(...inserted);
        return {
          insertContentControl: () => {
            const control: Extract<Block, { kind: 'control' }> = { kind: 'control', tag: '', title: '', paragraphs };
            this.blocks.splice(this.blocks.indexOf(inserted[0]!), inserted.length, control);
            return control;
          },
        };
      },
    };
  }
}
