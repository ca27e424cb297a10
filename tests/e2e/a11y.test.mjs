// Accessibility, checked by tools nobody here wrote: axe-core on the text
// twin and on the app (with its screen-reader mirror), html-validate on the
// twin and the page; and the mirror used as a screen reader would: find a
// widget by role and name, activate it, see the app react.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import {
  axeViolations, config, launchBrowser, leavePage, longWait, readBundle, screenshot, startServer, waitForState, waitReady, watchProblems,
} from './lib.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(url, options = {}) {
  // bypassCSP lets the test inject axe; the app itself runs under its real policy otherwise.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  return { context, page, problems };
}

// Serious and critical violations.
const axe = (page) => axeViolations(page);

describe('the text twin', () => {
  test('has zero html-validate errors, as do the app page and the exercise page', async () => {
    const cli = path.join(here, 'node_modules', '.bin', 'html-validate');
    const files = ['tekst.html', 'index.html', 'oefening.html'].map((f) => path.join(config.dist, f));
    let output;
    try {
      output = execFileSync(cli, ['--config', path.join(here, '.htmlvalidate.json'), '--formatter', 'json', ...files], { encoding: 'utf8' });
    } catch (e) {
      output = e.stdout; // non-zero exit: there are errors, listed below
    }
    const errors = JSON.parse(output || '[]').flatMap((r) =>
      r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}: ${m.ruleId} ${m.message}`));
    assert.deepEqual(errors, [], errors.slice(0, 10).join('\n'));
  });

  test('passes axe with no serious or critical violations, and its anchors are the app\'s routes', async () => {
    const { context, page, problems } = await open(server.url + 'tekst.html');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.deepEqual(await axe(page), []);
    // The skip link, and an anchor per step that links back into the app.
    assert.equal(await page.locator('a.skip-link').getAttribute('href'), '#inhoud');
    const step = page.locator('[id="/proces/kb-maatregel/stap/melding"]');
    assert.equal(await step.count(), 1);
    const back = step.locator('a.app-link').first();
    assert.equal(await back.getAttribute('href'), 'index.html#/proces/kb-maatregel/stap/melding');
    assert.ok(await page.locator('dl dt[id="/begrip/ots"]').count() === 1, 'the glossary is a definition list');
    const stepsWithFlows = readBundle().files.map((f) => JSON.parse(f.text)).filter((d) => d.kind === 'case-type')
      .flatMap((ct) => ct.steps).filter((st) => (st.flows || []).length > 0).length;
    assert.ok(await page.locator('table caption').count() >= stepsWithFlows, 'a table per step with flows, with a caption');
    const headers = await page.locator('table').nth(2).locator('th').allTextContents();
    assert.deepEqual(headers, ['Wie', 'Wat', 'Welke gegevens', 'Doel', 'Systeem', 'Bron']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Tekstversie" in the app opens the same place in the text twin', async () => {
    const { context, page, problems } = await open(server.url + '#/rol/dtv-regievoerder', { bypassCSP: false });
    await waitReady(page);
    // The app's requests still in flight are aborted by leaving it (the new page loaded: see leavePage).
    await leavePage(page, problems, () => Promise.all([page.waitForURL(/tekst\.html#\/rol\/dtv-regievoerder$/),
      page.getByRole('button', { name: 'Tekstversie' }).evaluate((el) => el.click())]));
    assert.equal(await page.locator('[id="/rol/dtv-regievoerder"]').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// WCAG 2.1 relative luminance and contrast ratio.
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('colours', () => {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    test(`text is at least 4.5:1 and control boundaries 3:1 in the ${theme} theme`, async () => {
      // The high-contrast theme is the system's choice (prefers-contrast: more), over the user's light.
      const context = await browser.newContext({ viewport: { width: 800, height: 600 },
        ...(theme === 'high-contrast' ? { contrast: 'more' } : {}) });
      const page = await context.newPage();
      await page.addInitScript((t) => localStorage.setItem('protocolwijzer',
        JSON.stringify({ app: 'protocolwijzer', version: 2, settings: { theme: t === 'dark' ? 'dark' : 'light' } })), theme);
      await page.goto(server.url);
      await waitReady(page);
      const { palette: p, settings, highContrast } = await waitForState(page, (s) => s.highContrast === (theme === 'high-contrast'), 'the theme');
      assert.equal(settings.theme, theme === 'high-contrast' ? 'light' : theme);
      assert.equal(highContrast, theme === 'high-contrast');
      const text = [['text', 'page'], ['text', 'panel'], ['text', 'button'], ['text', 'buttonHovered'], ['text', 'frame'],
        ['text', 'accentSoft'], ['text', 'highlightBg'], ['text', 'laneEven'], ['text', 'laneOdd'],
        ['textMuted', 'page'], ['textMuted', 'panel'], ['textMuted', 'laneOdd'], ['accent', 'page'], ['accent', 'panel'],
        ['accent', 'highlightBg'], // a search hit's title, its matched words marked
        ['accent', 'laneOdd'], ['onAccent', 'accent'], ['warningText', 'warningBg'], ['errorText', 'errorBg'],
        ['errorText', 'panel'], ['decision', 'panel'], ['end', 'panel']];
      const controls = [['border', 'page'], ['border', 'panel'], ['navHighlight', 'panel'], ['navHighlight', 'page']];
      const low = [...text.map(([a, b]) => [a, b, 4.5]), ...controls.map(([a, b]) => [a, b, 3])]
        .map(([a, b, min]) => [a, b, min, contrast(p[a], p[b])])
        .filter(([, , min, ratio]) => ratio < min)
        .map(([a, b, min, ratio]) => `${a} on ${b}: ${ratio.toFixed(2)} < ${min}`);
      assert.deepEqual(low, []);
      await context.close();
    });
  }
});

describe('the screen-reader mirror of the canvas', () => {
  test('a widget is found by role and name, activated through the mirror, and the app reacts', async () => {
    const { context, page, problems } = await open(server.url, { bypassCSP: false });
    await waitReady(page);
    const training = page.getByRole('link', { name: /^Training: / });
    await training.waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('heading', { name: 'Welkom bij Protocolwijzer' }).count(), 1);
    await training.evaluate((el) => el.click());
    await waitForState(page, (s) => s.view === 'training', 'the training list');
    assert.equal(await page.evaluate(() => location.hash), '#/oefenen');
    // The mirror follows: the list's own widgets are there now, by name.
    const start = page.getByRole('button', { name: 'Beginnen' }).first();
    await start.waitFor({ state: 'attached' });
    await start.evaluate((el) => el.click());
    const exercise = await waitForState(page, (s) => s.view === 'exercise', 'an exercise');
    // A choice is a radio with its state.
    const choice = page.getByRole('radio').first();
    await choice.waitFor({ state: 'attached' });
    assert.equal(await choice.getAttribute('aria-checked'), 'false');
    await choice.evaluate((el) => el.click());
    await page.waitForFunction(() => document.querySelector('#a11y [role="radio"][aria-checked="true"]'));
    assert.ok((await waitForState(page, (s) => s.training.draft.action, 'the choice')).training.draft.action);
    assert.equal(exercise.route.startsWith('#/oefenen/'), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // A screen reader reads the mirror, not the screen: what a long view holds
  // below the fold is there too (not drawn, data-offscreen), and activating
  // it scrolls it into view and clicks it.
  test('holds the whole of a long view at 720 px, as at 4000 px, and a control below the fold activates', async () => {
    const names = (page) => page.evaluate(() => [...document.querySelectorAll('#a11y [data-key]')]
      .map((el) => el.getAttribute('aria-label') || el.textContent));
    for (const route of ['', '#/oefenen', '#/rol/dtv-regievoerder', '#/zoek/raad', '#/proces/voogdij']) {
      const seen = {};
      for (const height of [720, 4000]) {
        const { context, page, problems } = await open(server.url + route, { bypassCSP: false, viewport: { width: 1280, height } });
        await waitReady(page);
        await page.waitForFunction(() => document.querySelectorAll('#a11y main [data-key]').length > 3);
        seen[height] = await names(page);
        assert.deepEqual(problems, []);
        await context.close();
      }
      const missing = seen[4000].filter((n) => !seen[720].includes(n));
      assert.deepEqual(missing, [], `the mirror of ${route || 'home'} at 720 px lacks what 4000 px shows`);
    }
    // Home: the last role of the onboarding path lies below the fold at 720 px.
    const { context, page, problems } = await open(server.url, { bypassCSP: false });
    await waitReady(page);
    const role = page.locator('#a11y main [data-offscreen]', { hasText: 'Adviseur (DT&V)' });
    await role.waitFor({ state: 'attached' });
    assert.equal(await role.count(), 1, 'the role is in the mirror, not drawn');
    await role.evaluate((el) => el.click());
    const opened = await waitForState(page, (s) => s.view === 'role', 'the role opened through the mirror', longWait);
    assert.equal(opened.route, '#/rol/dtv-adviseur');
    // The exercise list: the last "Beginnen", below the fold (a button that
    // ImGui's navigation scrolls once more after the focus brought it in view).
    await page.evaluate(() => { location.hash = '#/oefenen'; });
    const start = page.locator('#a11y main [data-offscreen]', { hasText: /^Beginnen: / }).last();
    await start.waitFor({ state: 'attached' });
    const title = (await start.textContent()).replace(/^Beginnen: /, '');
    await start.evaluate((el) => el.click());
    const exercise = await waitForState(page, (s) => s.view === 'exercise', 'the exercise started through the mirror', longWait);
    assert.equal(exercise.detailTitle, title);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the tab title and the page language follow the place, and a new place is announced', async () => {
    const { context, page, problems } = await open(server.url + '#/rol/dtv-regievoerder');
    await waitReady(page);
    await page.waitForFunction(() => document.title.startsWith('Regievoerder'), null, { timeout: longWait });
    assert.match(await page.title(), / — Protocolwijzer$/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    await page.evaluate(() => { location.hash = '#/begrip/ots'; });
    // The region is emptied and then filled, and the opening of the role page
    // may still be said: wait for the words of the new place.
    await page.waitForFunction(() => document.title.startsWith('OTS'), null, { timeout: longWait });
    await page.waitForFunction(() => document.getElementById('announce').textContent === 'OTS', null, { timeout: longWait });
    assert.equal(await page.title(), 'OTS — Protocolwijzer');
    assert.equal(await page.evaluate(() => document.getElementById('announce').getAttribute('aria-live')), 'polite');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard navigation moves a visible focus and the mirror\'s focus with it', async () => {
    const { context, page, problems } = await open(server.url + '#/oefenen', { bypassCSP: false });
    await waitReady(page);
    await page.locator('canvas').focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(80);
    }
    const focused = await page.waitForFunction(() => {
      const el = document.activeElement;
      return el && el.closest('#a11y') ? el.textContent || el.getAttribute('aria-label') : false;
    }, null, { timeout: longWait });
    assert.ok((await focused.jsonValue()).length > 0);
    await screenshot(page, 'keyboard-focus');
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Moderate too: landmarks named apart, no skipped heading level, all content in a landmark.
  const moderate = ['moderate', 'serious', 'critical'];
  for (const [name, hash, options] of [['home', ''], ['map', '#/proces/kb-maatregel/stap/melding'], ['training', '#/oefenen'],
    ['exercise', '#/oefenen/kb-ind-contactpersoon'], ['glossary term', '#/begrip/ots'], ['map at 320 px', '#/proces/kb-maatregel', { viewport: { width: 320, height: 568 } }],
    ['settings open', '#/', { settings: true }]]) {
    test(`axe finds no violation of impact moderate or higher on the app (${name})`, async () => {
      const { settings, ...contextOptions } = options || {};
      const { context, page, problems } = await open(server.url + hash, contextOptions);
      await waitReady(page);
      await page.waitForFunction(() => document.querySelectorAll('#a11y [data-key]').length > 5);
      if (settings) {
        await page.getByRole('button', { name: 'Instellingen' }).evaluate((el) => el.click());
        await page.getByRole('radiogroup', { name: 'Thema' }).waitFor({ state: 'attached' });
      }
      assert.deepEqual(await axeViolations(page, moderate), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
