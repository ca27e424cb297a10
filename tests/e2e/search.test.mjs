// Search as a contact person uses it: "/" and typing at once, a full question
// answered by a card that opens the guide, and a search that finds nothing —
// in real Chromium with real key events, at 1280×720 and 1920×1080.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appSession, appState, clickItem, nextFrames, screenshot, waitForState } from './lib.mjs';

const { open } = appSession();

// Back home with an empty search box, the keyboard on the page (not in a field).
async function home(page) {
  await page.keyboard.press('Escape'); // leaves the search field
  await page.waitForFunction(() => document.activeElement?.id !== 'text-input');
  await page.evaluate(() => { location.hash = '#/zoek/'; });
  await waitForState(page, (s) => s.view === 'search' && s.search.query === '', 'empty search');
  await page.evaluate(() => { location.hash = '#/'; });
  await waitForState(page, (s) => s.view === 'home', 'home');
  await nextFrames(page);
}

describe('search', () => {
  test('typing right after "/" keeps every letter (30 times, no delay between keys)', async () => {
    const { context, page, problems } = await open();
    const lost = [];
    for (let i = 0; i < 30; i++) {
      await home(page);
      await page.keyboard.press('/');
      await page.keyboard.type('warme'); // at once: the field is not active yet
      let s;
      try {
        s = await waitForState(page, (x) => x.search.query.length >= 5 || x.search.query === 'arme', 'typed text', 10000);
      } catch {
        s = await appState(page);
      }
      if (s.search.query !== 'warme') lost.push(`${i}: "${s.search.query}"`);
    }
    assert.deepEqual(lost, [], `letters lost after "/": ${lost.join(', ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a full question is answered by a card that opens the guide', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const { context, page, problems } = await open('', { width, height });
      await page.keyboard.press('/');
      await page.keyboard.type('wie informeert de gi na de uitspraak?', { delay: 20 });
      const s = await waitForState(page, (x) => x.view === 'search' && x.search.answer, 'the answer card');
      assert.equal(s.search.query, 'wie informeert de gi na de uitspraak?');
      assert.match(s.search.answer, /uitspraak/i);
      assert.ok(s.search.titles.length > 3, 'more places below the answer');
      await screenshot(page, `search-answer-${width}`);
      await clickItem(page, 'antwoord-openen');
      const opened = await waitForState(page, (x) => x.view === 'map', 'the step');
      assert.match(opened.route, /^#\/proces\/kb-maatregel\/stap\/uitspraak-(ots|gezag)-delen$/);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a search that finds nothing offers the closest word, its places and the glossary', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const { context, page, problems } = await open('#/zoek/raadsonderzeoker', { width, height });
      const s = await waitForState(page, (x) => x.view === 'search' && x.items['bedoelde:0'], 'suggestions');
      assert.equal(s.search.answer, null);
      assert.ok(s.items['woordenlijst:0'], 'the glossary is offered');
      assert.ok(s.search.titles.length > 0, 'closest places listed');
      await screenshot(page, `search-nothing-${width}`);
      if (width === 1280) {
        await clickItem(page, 'bedoelde:0');
        await waitForState(page, (x) => x.search.query === 'raadsonderzoeker' && x.search.titles.length > 0,
          'the suggested word searched');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
