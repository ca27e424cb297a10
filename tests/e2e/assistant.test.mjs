// "Wat nu?" in the app: the interview answered through the screen-reader
// mirror's named controls, the outcome checked, the checklist copied, the
// deep link reloaded, the links to the guide and from search followed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appSession, appState, clickItem, longWait, mirrorShows, screenshot, scrollToItem, waitForState,
} from './lib.mjs';

const session = appSession();

async function open(hash = '', options = {}) {
  const opened = await session.open(hash, options);
  return { ...opened, state: await appState(opened.page) };
}

// An OTS of less than a year with a pending application, for an IND contact person.
const interview = [
  ['organisatie', 'ind'], ['rol-ind', 'contactpersoon'], ['zaak', 'kb'], ['kb-fase', 'ots'],
  ['ots-duur', 'korter'], ['aanvraag', 'ja'],
];
const deepLink = '#/wat-nu?' + interview.map(([q, o]) => `${q}=${o}`).join('&');
const outcomeTitle = 'OTS met een aanvraag om een verblijfsvergunning';

// scrollToItem looks downwards for a control it cannot see; the advice opens
// scrolled down, so go back up first to reach the questions above it.
async function scrollUp(page) {
  const { width, height } = page.viewportSize();
  await page.mouse.move(width / 2, height / 2);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -400);
  await page.waitForTimeout(200);
}

async function answerAll(page) {
  for (const [question, option] of interview) {
    await clickItem(page, `wat-nu:${question}:${option}`);
    await waitForState(page, (s) => s.route.includes(`${question}=${option}`), `answer ${question}`);
  }
}

describe('Wat nu?', () => {
  test('from home, answered by the mirror: the outcome, copied as text, opened in the guide', async () => {
    const { context, page, problems } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await clickItem(page, 'wat-nu');
    await waitForState(page, (s) => s.view === 'assistant', 'the assistant');
    await screenshot(page, 'assistant-start-1280x720');
    // Each question is a radio group named by the question, as a screen reader announces it.
    const group = await page.evaluate(() => [...document.querySelectorAll('#a11y [role="radiogroup"]')]
      .map((el) => el.getAttribute('aria-label')));
    assert.ok(group.includes('Bij welke organisatie werk je?'), `radio groups: ${group}`);
    await answerAll(page);
    const state = await appState(page);
    assert.equal(state.route, deepLink);
    await mirrorShows(page, outcomeTitle);
    await mirrorShows(page, 'Jij informeert Contactpersoon Belang van het Kind (DT&V)');
    await mirrorShows(page, 'binnen 28 dagen');
    await clickItem(page, 'wat-nu-kopieer');
    await waitForState(page, (s) => s.notice.length > 0, 'confirmation');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, new RegExp(`^Wat nu\\? ${outcomeTitle}`));
    assert.match(copied, /\[ \] Jij informeert Contactpersoon Belang van het Kind \(DT&V\)\. Gegevens: [^\n]*V-nummer/);
    assert.match(copied, /Kanaal: /);
    assert.match(copied, /Het gezin moet in dat geval Nederland binnen 28 dagen verlaten\./);
    assert.match(copied, /#\/proces\/kb-maatregel\/stap\/verzoek-aanwezig-advies/);
    await screenshot(page, 'assistant-advice-1280x720');
    await scrollToItem(page, 'wat-nu-contact:ind'); // the end of the advice: whom to ask
    await screenshot(page, 'assistant-advice-end-1280x720');
    await scrollUp(page);
    await clickItem(page, 'wat-nu-gids');
    const guide = await waitForState(page, (s) => s.view === 'map', 'the step in the guide');
    assert.equal(guide.route, '#/proces/kb-maatregel/stap/verzoek-aanwezig-advies');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a deep link restores the answers, also at 800x600', async () => {
    for (const [width, height] of [[1280, 720], [800, 600]]) {
      const { context, page, problems, state } = await open(deepLink, { width, height });
      assert.equal(state.view, 'assistant');
      assert.equal(state.route, deepLink);
      await mirrorShows(page, outcomeTitle);
      // A shared link opens at its advice, not at the first question.
      const shown = await waitForState(page, (s) => s.items['wat-nu-kopieer'], 'the advice in view');
      assert.ok(shown.items['wat-nu-kopieer'][1] < height, 'the copy button is on screen');
      await screenshot(page, `assistant-deeplink-opens-${width}x${height}`);
      // Back up at the first question, the answer shows as chosen.
      await scrollUp(page);
      await scrollToItem(page, 'wat-nu:organisatie:ind');
      await page.waitForFunction(() => [...document.querySelectorAll('#a11y [role="radio"][aria-checked="true"]')]
        .some((el) => (el.getAttribute('aria-label') || el.textContent) === 'IND'), null, { timeout: longWait });
      await screenshot(page, `assistant-deeplink-${width}x${height}`);
      if (width === 800) {
        await clickItem(page, 'wat-nu-kopieer'); // scrolled into view and usable at 800 px
        await waitForState(page, (s) => s.notice.length > 0, 'confirmation');
        await screenshot(page, 'assistant-advice-800x600');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('changing an early answer drops the answers that no longer apply', async () => {
    const { context, page, problems } = await open(deepLink);
    await scrollUp(page);
    await clickItem(page, 'wat-nu:zaak:dublin');
    const s = await waitForState(page, (x) => x.route.includes('zaak=dublin'), 'the new answer');
    assert.equal(s.route, '#/wat-nu?organisatie=ind&rol-ind=contactpersoon&zaak=dublin');
    await clickItem(page, 'wat-nu:dublin-fase:aanvaard');
    await mirrorShows(page, 'binnen zes maanden');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a search that finds nothing offers the assistant; a wrong answer in a link is ignored', async () => {
    const { context, page, problems } = await open('#/zoek/qqqxxyz');
    await clickItem(page, 'zoek-wat-nu');
    await waitForState(page, (s) => s.view === 'assistant', 'the assistant from search');
    await page.goto(session.server.url + '#/wat-nu?organisatie=ind&zaak=onzin&rol-ind=bestaat-niet');
    const s = await waitForState(page, (x) => x.view === 'assistant' && x.route.startsWith('#/wat-nu'), 'the assistant');
    assert.equal(s.view, 'assistant');
    await mirrorShows(page, 'Welke rol heb je bij de IND?');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
