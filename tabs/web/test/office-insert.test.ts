import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWorkshopSlides, hasWorkshopReport, insertWorkshopReport, insertWorkshopSlides, reportTag } from '../src/addin/office-insert';
import { FakeDocument, FakePresentation, fakeFile } from './office-fakes';

const workshop = { workshopId: 'ws-bins', title: 'Missed bins workshop' };

describe('PowerPoint', () => {
  it('inserts the deck after the last slide and tags every new slide with the workshop', async () => {
    const deck = new FakePresentation(['Our agenda', 'Thank you']);

    const outcome = await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Journey map', 'Blueprint', 'Initiatives'] }) });

    assert.deepEqual(outcome, { removed: 0, inserted: 3 });
    assert.deepEqual(deck.titles, ['Our agenda', 'Thank you', 'Journey map', 'Blueprint', 'Initiatives']);
    assert.deepEqual(['Journey map', 'Blueprint', 'Initiatives'].map((t) => deck.tagsOf(t)), ['ws-bins', 'ws-bins', 'ws-bins']);
    assert.equal(deck.tagsOf('Our agenda'), undefined);
  });

  it('inserts into an empty presentation', async () => {
    const deck = new FakePresentation();

    await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Journey map'] }) });

    assert.deepEqual(deck.titles, ['Journey map']);
  });

  it('refresh replaces the workshop slides where they are and never duplicates them', async () => {
    const deck = new FakePresentation(['Our agenda']);
    await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Journey map v1', 'Blueprint v1'] }) });
    deck.slides.push({ id: '9000#', title: 'Questions', tags: new Map() });

    const first = await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Journey map v2', 'Blueprint v2', 'Initiatives v2'] }) });
    const second = await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Journey map v3', 'Blueprint v3', 'Initiatives v3'] }) });

    assert.deepEqual(first, { removed: 2, inserted: 3 });
    assert.deepEqual(second, { removed: 3, inserted: 3 });
    assert.deepEqual(deck.titles, ['Our agenda', 'Journey map v3', 'Blueprint v3', 'Initiatives v3', 'Questions']);
    assert.equal((await findWorkshopSlides(deck.PowerPoint as never, 'ws-bins')).length, 3);
  });

  it("refresh leaves another workshop's slides alone", async () => {
    const deck = new FakePresentation();
    await insertWorkshopSlides(deck.PowerPoint as never, { workshopId: 'ws-badge', title: 'Blue Badge', base64: fakeFile({ slides: ['Badge map'] }) });
    await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Bins map v1'] }) });

    await insertWorkshopSlides(deck.PowerPoint as never, { ...workshop, base64: fakeFile({ slides: ['Bins map v2'] }) });

    assert.deepEqual(deck.titles, ['Badge map', 'Bins map v2']);
    assert.equal(deck.tagsOf('Badge map'), 'ws-badge');
  });
});

describe('Word', () => {
  it('inserts the report after the selection inside one tagged content control', async () => {
    const doc = new FakeDocument(['Cabinet paper', 'Background']);

    const outcome = await insertWorkshopReport(doc.Word as never, { ...workshop, base64: fakeFile({ paragraphs: ['Missed bins workshop', 'Journeys and blueprints'] }) });

    assert.deepEqual(outcome, { removed: 0, inserted: 1 });
    assert.deepEqual(doc.text, ['Cabinet paper', 'Background', 'Missed bins workshop', 'Journeys and blueprints']);
    const [control] = doc.controls(reportTag('ws-bins'));
    assert.equal(control?.title, 'TeamsJourney report: Missed bins workshop');
    assert.equal(await hasWorkshopReport(doc.Word as never, 'ws-bins'), true);
  });

  it('refresh replaces the report inside its control and never duplicates it', async () => {
    const doc = new FakeDocument(['Cabinet paper']);
    await insertWorkshopReport(doc.Word as never, { ...workshop, base64: fakeFile({ paragraphs: ['Report v1'] }) });
    doc.blocks.push({ kind: 'paragraph', text: 'Recommendations' });

    const outcome = await insertWorkshopReport(doc.Word as never, { ...workshop, base64: fakeFile({ paragraphs: ['Report v2', 'Journeys v2'] }) });
    await insertWorkshopReport(doc.Word as never, { ...workshop, base64: fakeFile({ paragraphs: ['Report v3', 'Journeys v3'] }) });

    assert.deepEqual(outcome, { removed: 1, inserted: 1 });
    assert.equal(doc.controls(reportTag('ws-bins')).length, 1);
    assert.deepEqual(doc.text, ['Cabinet paper', 'Report v3', 'Journeys v3', 'Recommendations']);
  });

  it('refresh removes stray copies of the same report', async () => {
    const doc = new FakeDocument();
    doc.blocks.push({ kind: 'control', tag: reportTag('ws-bins'), title: 'copy 1', paragraphs: ['Old'] });
    doc.blocks.push({ kind: 'paragraph', text: 'Between' });
    doc.blocks.push({ kind: 'control', tag: reportTag('ws-bins'), title: 'copy 2', paragraphs: ['Old again'] });

    await insertWorkshopReport(doc.Word as never, { ...workshop, base64: fakeFile({ paragraphs: ['New'] }) });

    assert.deepEqual(doc.text, ['New', 'Between']);
    assert.equal(doc.controls(reportTag('ws-bins')).length, 1);
  });

  it('reports nothing inserted yet for a fresh document', async () => {
    assert.equal(await hasWorkshopReport(new FakeDocument(['Text']).Word as never, 'ws-bins'), false);
  });
});
