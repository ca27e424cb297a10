// Low vision (issue 16): every view photographed at 200 % zoom (a 640x360
// CSS viewport at device scale 2), at 320 CSS px wide and with forced colours,
// for a person to open and judge; and checked here for what a machine can:
// the top bar's controls and the view's action stay within the width and on
// screen, and the exercise's choices are reachable.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appSession, appState, clickItem, groupChosen, longWait, screenshot, stableRect, waitForState } from './lib.mjs';

const session = appSession();
const exercise = 'kb-ind-contactpersoon';

// Plays the open exercise to its debrief through the mirror: the first choice
// of every question, "Antwoord geven", "Verder" (one activation per frame).
async function playToDebrief(page) {
  for (let i = 0; i < 40; i++) {
    const s = await appState(page);
    if (s.view === 'debrief') return;
    if (s.view === 'feedback') {
      await clickItem(page, 'verder');
      await waitForState(page, (x) => x.view !== 'feedback', 'on after the feedback');
      continue;
    }
    // The decision's questions, as the mirror shows them (else none would be answered).
    await page.waitForFunction(() => document.querySelector('#a11y main [role="radiogroup"], #a11y main [role="group"]'),
      null, { timeout: longWait });
    const open = await page.evaluate(() => [...document.querySelectorAll('#a11y main [role="radiogroup"], #a11y main [role="group"]')]
      .filter((g) => !g.querySelector('[aria-checked="true"]')).map((g) => g.getAttribute('aria-label')));
    for (const name of open) {
      await page.evaluate((n) => document.querySelector(`#a11y main [aria-label="${CSS.escape(n)}"] [data-id]`)?.click(), name);
      await groupChosen(page, name); // the next click only once this one shows
    }
    // Every question answered: the button takes the click.
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y button')]
      .some((b) => b.textContent === 'Antwoord geven' && b.getAttribute('aria-disabled') !== 'true'), null, { timeout: longWait });
    await clickItem(page, 'antwoord-geven');
    await waitForState(page, (x) => x.view === 'feedback', 'the feedback');
  }
  assert.fail('no debrief');
}

// The three ways of seeing, as Playwright context options.
const modes = [
  ['zoom200', { width: 640, height: 360, deviceScaleFactor: 2 }],
  ['narrow320', { width: 320, height: 568 }],
  ['forced', { width: 1280, height: 720, forcedColors: 'active' }],
];

describe('low vision: 200 % zoom, 320 px, forced colours', () => {
  test('every view photographed in each mode, its top bar and action on screen', async () => {
    // A finished run, kept as the app keeps it, so the debrief opens at every size.
    const first = await session.open(`#/oefenen/${exercise}`, { width: 1280, height: 2000 });
    await playToDebrief(first.page);
    const saved = JSON.parse(await first.page.evaluate(() => localStorage.getItem('protocolwijzer')));
    assert.ok(saved.scenarioRuns[exercise].length > 0);
    await first.context.close();
    const fresh = { ...saved, scenarioRuns: {} };

    for (const [mode, { width, height, ...options }] of modes) {
      const places = [
        ['home', '#/', fresh],
        ['map', '#/proces/kb-maatregel', fresh],
        ['step', '#/proces/kb-maatregel/stap/melding', fresh],
        ['list', '#/oefenen', fresh],
        ['decision', `#/oefenen/${exercise}`, fresh],
        ['debrief', `#/oefenen/${exercise}`, saved],
        ['glossary', '#/begrip/ots', fresh],
      ];
      for (const [name, hash, storage] of places) {
        const { context, page, problems } = await session.open(hash, { width, height, storage, ...options });
        const s = await waitForState(page, (x) => x.route === hash && x.items.zoeken, name);
        if (name === 'debrief') assert.equal(s.view, 'debrief');
        const bar = s.items.instellingen ? ['zoeken', 'proces', 'rolbril', 'instellingen'] : ['zoeken', 'proces', 'rolbril', 'menu'];
        const action = name === 'decision' ? ['antwoord-geven'] : [];
        for (const item of [...bar, ...action]) {
          assert.ok(s.items[item], `${item} on screen (${mode}, ${name})`);
          const [x, y, w, h] = s.items[item];
          assert.ok(x >= 0 && x + w <= width + 0.5 && y >= 0 && y + h <= height + 0.5, `${item} within the window (${mode}, ${name})`);
        }
        await screenshot(page, `lowvision-${mode}-${name}`);
        if (name === 'decision') {
          // The choices may lie below the fold: Tab reaches the first (the view scrolls on).
          await page.locator('canvas').focus();
          let role = null;
          for (let i = 0; i < 80 && role !== 'radio' && role !== 'checkbox'; i++) {
            await page.keyboard.press('Tab');
            await page.waitForTimeout(60);
            await page.waitForFunction(() => document.activeElement !== document.body, null, { timeout: 2000 }).catch(() => {});
            role = await page.evaluate(() => document.activeElement.getAttribute('role'));
          }
          assert.ok(role === 'radio' || role === 'checkbox', `a choice reached by Tab (${mode})`);
          await page.waitForTimeout(200);
          await screenshot(page, `lowvision-${mode}-decision-choice`);
        }
        if (name === 'home') {
          // The settings (in the menu when narrow) open within the window.
          await clickItem(page, s.items.instellingen ? 'instellingen' : 'menu');
          const [x, , w] = await stableRect(page, 'thema:donker'); // where the opened settings settle
          assert.ok(x >= 0 && x + w <= width + 0.5, `the theme's choices within the width (${mode})`);
          await screenshot(page, `lowvision-${mode}-settings`);
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
});
