/**
 * Puts a workshop's generated deck and report into the open presentation or document, tagged so that a
 * refresh replaces what an earlier insert put there and never adds a second copy.
 *
 * The Office namespaces come in as parameters (the page passes the real `PowerPoint` / `Word`, the tests
 * pass office-addin-mock objects), so this module never touches a global.
 */

/** PowerPoint stores tag keys in upper case; the value is the workshop id. */
export const SlideTagKey = 'TEAMSJOURNEY_WORKSHOP';

/** The tag of the Word content control that holds one workshop's report. */
export function reportTag(workshopId: string): string {
  return `teamsjourney:report:${workshopId}`;
}

/** What a generated document is: whose it is and its bytes (base64, as the Office insert APIs take them). */
export interface GeneratedFile {
  workshopId: string;
  title: string;
  base64: string;
}

/** What an insert did: how many slides (or report copies) it removed and how many it put in. */
export interface InsertOutcome {
  removed: number;
  inserted: number;
}

type SlideApi = Pick<typeof PowerPoint, 'run'>;
type WordApi = Pick<typeof Word, 'run'>;

/**
 * Inserts the deck's slides (after the workshop's earlier slides when there are any, else at the end),
 * tags every new slide with the workshop id, then deletes the earlier slides of that workshop. The new
 * slides go in before the old ones are removed, so a failed insert never loses what was there.
 */
export async function insertWorkshopSlides(powerPoint: SlideApi, deck: GeneratedFile): Promise<InsertOutcome> {
  return powerPoint.run(async (context) => {
    const slides = context.presentation.slides;
    const before = await slideIds(context, slides);
    const earlier = await taggedSlideIds(context, slides, before, deck.workshopId);

    // After the last earlier slide keeps the workshop where the author put it; otherwise the deck grows at the end.
    const target = earlier.length > 0 ? earlier[earlier.length - 1] : before[before.length - 1];
    const options: PowerPoint.InsertSlideOptions = { formatting: 'KeepSourceFormatting' };
    if (target !== undefined) {
      options.targetSlideId = target;
    }

    context.presentation.insertSlidesFromBase64(deck.base64, options);
    await context.sync();

    const known = new Set(before);
    const added = (await slideIds(context, slides)).filter((id) => !known.has(id));
    for (const id of added) {
      slides.getItem(id).tags.add(SlideTagKey, deck.workshopId);
    }

    for (const id of earlier) {
      slides.getItem(id).delete();
    }

    await context.sync();
    return { removed: earlier.length, inserted: added.length };
  });
}

/** The ids of the slides already in the presentation that came from this workshop. */
export async function findWorkshopSlides(powerPoint: SlideApi, workshopId: string): Promise<string[]> {
  return powerPoint.run(async (context) => {
    const slides = context.presentation.slides;
    return taggedSlideIds(context, slides, await slideIds(context, slides), workshopId);
  });
}

async function slideIds(context: PowerPoint.RequestContext, slides: PowerPoint.SlideCollection): Promise<string[]> {
  slides.load('items');
  await context.sync();
  return slides.items.map((slide) => slide.id);
}

async function taggedSlideIds(
  context: PowerPoint.RequestContext,
  slides: PowerPoint.SlideCollection,
  ids: string[],
  workshopId: string,
): Promise<string[]> {
  const tags = ids.map((id) => {
    const tag = slides.getItem(id).tags.getItemOrNullObject(SlideTagKey);
    tag.load('value');
    return { id, tag };
  });
  await context.sync();
  return tags.filter(({ tag }) => !tag.isNullObject && tag.value === workshopId).map(({ id }) => id);
}

/**
 * Puts the report into the document inside one content control tagged with the workshop id. When the
 * document already holds that control, its content is replaced (and any stray copies removed); otherwise
 * the report goes in after the selection, wrapped in a new control.
 */
export async function insertWorkshopReport(word: WordApi, report: GeneratedFile): Promise<InsertOutcome> {
  return word.run(async (context) => {
    const controls = context.document.contentControls.getByTag(reportTag(report.workshopId));
    controls.load('items');
    await context.sync();

    const [first, ...strays] = controls.items;
    if (first) {
      first.insertFileFromBase64(report.base64, 'Replace');
      for (const stray of strays) {
        // false: remove the control and what it holds.
        stray.delete(false);
      }

      await context.sync();
      return { removed: controls.items.length, inserted: 1 };
    }

    const range = context.document.getSelection().insertFileFromBase64(report.base64, 'After');
    const control = range.insertContentControl();
    control.tag = reportTag(report.workshopId);
    control.title = `TeamsJourney report: ${report.title}`;
    control.appearance = 'BoundingBox';
    await context.sync();
    return { removed: 0, inserted: 1 };
  });
}

/** True when the document already holds this workshop's report. */
export async function hasWorkshopReport(word: WordApi, workshopId: string): Promise<boolean> {
  return word.run(async (context) => {
    const controls = context.document.contentControls.getByTag(reportTag(workshopId));
    controls.load('items');
    await context.sync();
    return controls.items.length > 0;
  });
}
