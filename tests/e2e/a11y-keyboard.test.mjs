// The keyboard like a web page (issue 16), in the browser: Tab reaches the
// controls below the fold of a long view (the app scrolls on) and leaves the
// app only at the true end; the process picker is in the top bar's reading
// order; after an action the focus lands on what is new; a closed popup gives
// the focus back; the system's colour scheme is followed until the user
// chooses a theme; and one journey from a cold load with only Tab, Shift+Tab,
// Enter and Escape through guide, step, exercise, feedback and debrief,
// asserting where the focus is after each key or group of Tabs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appSession, appState, groupChosen, longWait, nextFrames, readBundle, screenshot, waitForState } from './lib.mjs';

const session = appSession();
const documents = readBundle().files.map((f) => JSON.parse(f.text));
const caseTypes = documents.filter((d) => d.kind === 'case-type');
const scenarios = documents.filter((d) => d.kind === 'scenario');

// What has the browser's focus: the mirror element's name (a text field's
// label), else its id or tag.
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'BODY';
  if (el.closest('#a11y')) return el.getAttribute('aria-label') || el.textContent;
  return el.id || el.tagName;
});
const focusedTag = (page) => page.evaluate(() => document.activeElement?.tagName);

// The focus is out of the app: past its end Tab goes to the browser (headless: round to the skip link).
const outside = (name) => name === 'BODY' || name === 'CANVAS' || name === 'skip-link';

// Presses `key` and lets the app draw (a focus the app moves lands a frame or two later).
async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(60);
  // When Tab scrolled the view on, the app focuses the next control a frame or two later.
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 2000 })
    .catch(() => {});
  return focused(page);
}

// Tab (or Shift+Tab) until the focused name satisfies `wanted`; the names passed on the way.
async function tabUntil(page, wanted, what, { back = false, limit = 120 } = {}) {
  const passed = [];
  for (let i = 0; i < limit; i++) {
    const name = await press(page, back ? 'Shift+Tab' : 'Tab');
    passed.push(name);
    if (wanted(name)) return passed;
    assert.ok(!outside(name), `the focus left the app before ${what} (after ${passed.slice(-5).join(' | ')})`);
  }
  assert.fail(`${what} not reached in ${limit} Tabs: ${passed.slice(-8).join(' | ')}`);
}

// Waits until the focus is on the view's h1 and returns its text.
async function focusOnH1(page, what) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: longWait })
    .catch(() => assert.fail(`the focus is on the h1 after ${what}`));
  return focused(page);
}

describe('Tab below the fold', () => {
  test('Tab reaches every exercise of the list, scrolling on, and leaves the app only at the end', async () => {
    const { context, page, problems } = await session.open('#/oefenen', { width: 1280, height: 720 });
    // Every exercise is in the mirror; those below the fold are not drawn (data-offscreen).
    const starts = (selector) => page.evaluate((sel) => [...document.querySelectorAll(sel)]
      .map((el) => el.textContent).filter((n) => n.startsWith('Beginnen: ')), selector);
    assert.equal((await starts('#a11y [data-id]')).length, scenarios.length, 'every exercise is in the mirror');
    assert.ok((await starts('#a11y [data-id]:not([data-offscreen])')).length < scenarios.length,
      'not every exercise is on screen at first');
    await page.locator('canvas').focus();
    const reached = new Set();
    let name = '';
    for (let i = 0; i < 400; i++) {
      name = await press(page, 'Tab');
      if (name.startsWith('Beginnen: ')) reached.add(name);
      if (outside(name)) break;
    }
    assert.equal(reached.size, scenarios.length, `every exercise's "Beginnen" (${reached.size})`);
    assert.ok(!(await page.evaluate(() => !!document.activeElement.closest('#a11y'))), `Tab left the app at the end (${name})`);
    const scrolled = await appState(page);
    assert.equal(scrolled.view, 'training');
    await screenshot(page, 'keyboard-tab-list-end');
    // Back up with Shift+Tab from the last control: the first exercise comes into view again.
    const first = [...reached][0];
    await page.evaluate(() => { const all = document.querySelectorAll('#a11y [data-id]'); all[all.length - 1].focus(); });
    await tabUntil(page, (n) => n === first, `back up to ${first}`, { back: true, limit: 400 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Tab to a control the window's edge cuts, and Enter straight after: the
  // focus scrolls it into view in the next frame, and the click Enter asks
  // for waits until that scroll is done (a press before it and a release
  // after it would miss; CI saw it once on "Gezien").
  test('Tab then Enter at once on a control cut by the edge: the click waits for the scroll and lands', async () => {
    const { context, page, problems } = await session.open('#/oefenen', { width: 1280, height: 720 });
    await page.getByRole('button', { name: /^Beginnen: / }).first().waitFor({ state: 'attached' });
    const cutStart = () => page.evaluate(() => {
      const starts = [...document.querySelectorAll('#a11y [data-id]:not([data-offscreen])')]
        .filter((el) => el.textContent.startsWith('Beginnen: '));
      const full = Math.max(...starts.map((el) => parseFloat(el.style.height)));
      const last = starts.at(-1);
      return last && parseFloat(last.style.height) < full * 0.6 ? last.textContent : null;
    });
    let target = null;
    for (let height = 720; height >= 520 && !target; height -= 6) {
      await page.setViewportSize({ width: 1280, height });
      await nextFrames(page, 3);
      target = await cutStart();
    }
    assert.ok(target, 'a window height at which the last "Beginnen" shown is cut by the bottom edge');
    await screenshot(page, 'keyboard-enter-cut-control');
    // The control before it has the focus; then Tab and Enter without a wait.
    await page.evaluate((name) => {
      const controls = [...document.querySelectorAll('#a11y [data-id], #a11y a[href]')];
      const at = controls.findIndex((el) => el.textContent === name);
      controls[at - 1].focus();
    }, target);
    // Where the focus went (the started exercise takes it next, maybe before we look).
    await page.evaluate(() => {
      window.focusedSince = [];
      document.addEventListener('focusin', (e) => window.focusedSince.push(e.target.textContent));
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => window.focusedSince[0]), target, 'Tab went to the cut control');
    const state = await waitForState(page, (s) => s.view === 'exercise', `the exercise of ${target}, started by Enter`);
    assert.equal(`Beginnen: ${state.detailTitle}`, target);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('reading order and focus after an action', () => {
  test('the process picker comes between search and role lens, inside the banner', async () => {
    const { context, page, problems } = await session.open(`#/proces/${caseTypes[0].id}`);
    const order = await page.evaluate(() => [...document.querySelectorAll('#a11y [data-id]')]
      .slice(0, 8).map((el) => [el.closest('[data-region]').dataset.region, el.getAttribute('aria-label') || el.textContent]));
    const at = (pred) => order.findIndex(([, n]) => pred(n));
    const search = at((n) => n.startsWith('Zoek'));
    const process = order.findIndex(([region]) => region === 'bannerNavigation');
    const lens = at((n) => n.startsWith('Rolbril'));
    assert.ok(search >= 0 && process > search && lens > process, JSON.stringify(order));
    assert.equal(await page.locator('#a11y header nav [data-id]').count(), 1, 'the picker is a navigation inside the banner');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('closing the settings with Escape gives the focus back to "Instellingen"', async () => {
    const { context, page, problems } = await session.open('#/');
    await page.locator('canvas').focus();
    await tabUntil(page, (n) => n === 'Instellingen', 'Instellingen');
    await press(page, 'Enter');
    await page.waitForFunction(() => document.querySelector('#a11y [role="radiogroup"]'), null, { timeout: longWait });
    await press(page, 'Escape');
    await page.waitForFunction(() => !document.querySelector('#a11y [role="radiogroup"]'), null, { timeout: longWait });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Instellingen', null, { timeout: longWait })
      .catch(async () => assert.fail(`focus on ${await focused(page)}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('colour scheme', () => {
  test('with no theme chosen the app follows prefers-color-scheme; a chosen theme wins', async () => {
    for (const scheme of ['dark', 'light']) {
      const { context, page, problems } = await session.open('#/', { colorScheme: scheme });
      const s = await waitForState(page, (x) => x.themeInUse === scheme, `the ${scheme} theme`);
      assert.equal(s.settings.theme, 'system');
      // Before the first screen the page shows through the canvas: in the same
      // page and text colours as the theme the app will draw in (web/shell/app.css).
      const page_ = await page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.getElementById('status')).color,
      }));
      const rgb = (hex) => `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      assert.equal(page_.page, rgb(s.palette.page), `the ${scheme} page behind the canvas`);
      assert.equal(page_.text, rgb(s.palette.text), `the ${scheme} loading message`);
      if (scheme === 'dark') {
        await screenshot(page, 'colour-scheme-dark-system');
        // The system changes its mind: the app follows at once.
        await page.emulateMedia({ colorScheme: 'light' });
        await waitForState(page, (x) => x.themeInUse === 'light', 'light after the change');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
    const chosen = { app: 'protocolwijzer', version: 2, settings: { theme: 'light' } };
    const { context, page, problems } = await session.open('#/', { colorScheme: 'dark', storage: chosen });
    await nextFrames(page, 3);
    assert.equal((await appState(page)).themeInUse, 'light', 'the user\'s light over the system\'s dark');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The exercise with the fewest decisions, to play to its end by keyboard.
const shortest = scenarios.reduce((a, b) => (b.decisions.length < a.decisions.length ? b : a));

// Answers the decision on screen with Tab and Enter only: the first choice of
// every question not answered yet, then "Antwoord geven". Returns the names passed.
async function answerByKeyboard(page) {
  const pressedGroups = new Set();
  for (let i = 0; i < 150; i++) {
    const name = await press(page, 'Tab');
    assert.ok(!outside(name), 'the focus stays in the app while answering');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      const group = el.closest('[role="radiogroup"], [role="group"]');
      return { group: group?.getAttribute('aria-label') || null, answered: !!group?.querySelector('[aria-checked="true"]'),
        disabled: el.getAttribute('aria-disabled') === 'true' };
    });
    if (name === 'Antwoord geven') {
      assert.equal(where.disabled, false, 'every question was answered by Enter on its first choice');
      await press(page, 'Enter');
      return;
    }
    if (where.group && !where.answered && !pressedGroups.has(where.group)) {
      pressedGroups.add(where.group);
      await press(page, 'Enter');
      // Enter is a mirror click: on only once the group shows it chosen (a next Enter would replace it).
      await groupChosen(page, where.group).catch(() => assert.fail(`Enter chose nothing in "${where.group}"`));
    }
  }
  assert.fail('"Antwoord geven" not reached');
}

describe('a keyboard-only journey', () => {
  test(`from a cold load with Tab, Shift+Tab, Enter and Escape only: guide, step, back, ${shortest.id} answered, debrief`, async () => {
    const { context, page, problems } = await session.open('');
    const ct = caseTypes.find((c) => c.id === shortest.caseType) || caseTypes[0];
    // The page's first stop is the skip link; it takes the focus to the h1.
    assert.equal(await press(page, 'Tab'), 'skip-link');
    await press(page, 'Enter');
    const home = await focusOnH1(page, 'the skip link');
    assert.ok(home.length > 0);
    // On to the process, a link of the home page: Enter opens its map, the focus on its h1.
    await tabUntil(page, (n) => n.startsWith(ct.shortTitle), `the process ${ct.shortTitle}`);
    await press(page, 'Enter');
    await waitForState(page, (s) => s.view === 'map' && s.caseType === ct.id, 'the map');
    await focusOnH1(page, 'opening the map');
    // Its first step, on the map left of the heading's panel (reading order: before it): Enter opens its detail.
    const step = ct.steps.find((st) => st.id === ct.start) || ct.steps[0];
    await tabUntil(page, (n) => n.includes(`: ${step.title} (`), `the step ${step.id}`, { back: true });
    await press(page, 'Enter');
    await waitForState(page, (s) => s.step === step.id, 'the step');
    await focusOnH1(page, 'opening the step');
    await screenshot(page, 'keyboard-journey-step');
    // Escape goes back to the map, the focus on its h1 again.
    await press(page, 'Escape');
    await waitForState(page, (s) => s.view === 'map' && s.step === '', 'back on the map');
    await focusOnH1(page, 'Escape');
    // Shift+Tab back up to the top bar's home button, Enter: home.
    await tabUntil(page, (n) => n === 'Protocolwijzer', 'the home button', { back: true });
    await press(page, 'Enter');
    await waitForState(page, (s) => s.view === 'home', 'home');
    await focusOnH1(page, 'going home');
    // The training journey card, Enter: the exercise list.
    await tabUntil(page, (n) => n.startsWith('Training'), 'the training card');
    await press(page, 'Enter');
    await waitForState(page, (s) => s.view === 'training', 'the exercise list');
    await focusOnH1(page, 'opening the list');
    // "Beginnen" of the shortest exercise (below the fold at 720 px: Tab scrolls on).
    await tabUntil(page, (n) => n === `Beginnen: ${shortest.title}`, `Beginnen: ${shortest.title}`, { limit: 300 });
    await press(page, 'Enter');
    await waitForState(page, (s) => s.view === 'exercise', 'the exercise');
    assert.equal(await focusOnH1(page, 'starting the exercise'), shortest.title);
    // Decisions answered by keyboard; after each the focus is on the feedback's heading,
    // and Tab goes on to "Verder" (or "Naar de nabespreking" after the last).
    for (let decision = 1; decision <= 20; decision++) {
      await answerByKeyboard(page);
      await waitForState(page, (s) => s.view === 'feedback', `the feedback on decision ${decision}`);
      await page.waitForFunction(() => document.activeElement?.textContent === 'Jouw antwoord', null, { timeout: longWait })
        .catch(async () => assert.fail(`the focus is on the feedback's heading, not ${await focused(page)}`));
      assert.match(await focusedTag(page), /^H[2-6]$/);
      if (decision === 1) await screenshot(page, 'keyboard-journey-feedback');
      const next = await tabUntil(page, (n) => n === 'Verder' || n === 'Naar de nabespreking', '"Verder"');
      await press(page, 'Enter');
      if (next.at(-1) === 'Naar de nabespreking') break;
      await page.waitForFunction(() => /^Beslismoment \d+/.test(document.activeElement?.textContent || ''), null, { timeout: longWait })
        .catch(async () => assert.fail(`the focus is on the next decision, not ${await focused(page)}`));
    }
    const debrief = await waitForState(page, (s) => s.view === 'debrief', 'the debrief');
    assert.ok(debrief.training.finished);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Nabespreking', null, { timeout: longWait })
      .catch(async () => assert.fail(`the focus is on the debrief's heading, not ${await focused(page)}`));
    await screenshot(page, 'keyboard-journey-debrief');
    // And on, to the end of the debrief and out of the app.
    const rest = await tabUntil(page, () => false, 'the end', { limit: 200 }).catch((e) => e);
    assert.match(String(rest.message), /left the app/, 'Tab leaves the app at the end of the debrief');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
