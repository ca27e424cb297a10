// The canvas for screen-reader and keyboard users, through its mirror
// (#a11y, platform/a11y_mirror.cpp): the whole view rather than the part on
// screen, landmarks, one h1, a skip link, names with their object, states
// (checked, expanded, disabled, a field's value), grouped choices; the web app
// manifest; single-key shortcuts switched off; the high-contrast theme.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appSession, appState, clickItem, longWait, nextFrames, readBundle, screenshot, typeInto, waitForState } from './lib.mjs';

const session = appSession();
const documents = readBundle().files.map((f) => JSON.parse(f.text));
const caseTypes = documents.filter((d) => d.kind === 'case-type');
const scenarios = documents.filter((d) => d.kind === 'scenario');
// The process with the most steps, counted from the content.
const largest = caseTypes.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));

const open = (hash, options) => session.open(hash, options);

// The mirror's links to the steps of `ct`, by their names: "<kind>: <title> (<actor>)".
const stepLinkNames = (page, ct) => page.evaluate((titles) => [...document.querySelectorAll('#a11y main [role="link"], #a11y main a[href]')]
  .map((el) => el.textContent).filter((name) => titles.some((t) => name.includes(`: ${t} (`))), ct.steps.map((s) => s.title));

describe('the mirror is the whole view', () => {
  for (const [width, height] of [[800, 600], [1280, 720]]) {
    test(`every step of the largest process (${largest.steps.length} steps) is in the mirror at ${width}x${height}`, async () => {
      const { context, page, problems } = await open(`#/proces/${largest.id}`, { width, height });
      await page.waitForFunction((n) => document.querySelectorAll('#a11y main a[href*="/stap/"], #a11y main [role="link"]').length >= n,
        largest.steps.length, { timeout: 10000 });
      const names = await stepLinkNames(page, largest);
      for (const step of largest.steps)
        assert.equal(names.filter((n) => n.includes(`: ${step.title} (`)).length >= 1, true, `step ${step.id} is in the mirror`);
      assert.equal(names.length, largest.steps.length, 'one link per step');
      // Fewer steps are on screen than the process has: the rest come from the content.
      const shown = Object.keys((await appState(page)).steps).length;
      assert.ok(shown < largest.steps.length, `only ${shown} steps are drawn`);
      // Each step's flows are said: "van <sender> naar <recipients> via <channel>".
      const said = await page.evaluate(() => document.querySelector('#a11y main').textContent);
      const flows = largest.steps.reduce((n, s) => n + (s.flows || []).length, 0);
      assert.equal((said.match(/ naar .+? via /g) || []).length, flows, 'every flow, with its recipients and channel');
      assert.ok(said.includes('Baan '), 'the lane of each step');
      // A step off screen is a link that opens it.
      const offscreen = page.locator(`#a11y main a[href="#/proces/${largest.id}/stap/${largest.steps.at(-1).id}"]`);
      assert.equal(await offscreen.count(), 1, `the last step (${largest.steps.at(-1).id}) is off screen and described`);
      await offscreen.evaluate((el) => el.click());
      await waitForState(page, (s) => s.step === largest.steps.at(-1).id, 'the step opened from the mirror');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('landmarks, one h1 per view, a skip link to it, the title per route', async () => {
    const { context, page, problems } = await open(`#/proces/${largest.id}`);
    for (const selector of ['#a11y > header', '#a11y > nav', '#a11y > main'])
      assert.equal(await page.locator(selector).count(), 1, selector);
    assert.ok(await page.locator('#a11y > header [data-key]').count() > 2, 'the top bar is the banner');
    assert.ok(await page.locator('#a11y > header > nav [data-key]').count() >= 1, 'the process picker is navigation, in the banner');
    for (const hash of [`#/proces/${largest.id}`, '#/oefenen', '#/', '#/begrip/ots']) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction(() => document.querySelectorAll('#a11y h1').length === 1 && document.querySelector('#a11y main h1'),
        null, { timeout: longWait });
      const h1 = await page.locator('#a11y main h1').textContent();
      assert.ok(h1.length > 0, `an h1 on ${hash}`);
      await page.waitForFunction(() => document.title.endsWith('Protocolwijzer') || document.title.startsWith('Protocolwijzer'));
    }
    // The skip link is the stop before the canvas (the page's first) and moves the focus to the view's h1.
    await page.locator('canvas').focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-link');
    assert.equal(await page.evaluate(() => document.querySelector('a[href], button, [tabindex="0"], canvas').id), 'skip-link');
    assert.equal(await page.locator('#skip-link').textContent(), 'Naar de inhoud');
    await screenshot(page, 'a11y-skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    // English: the page's language and the skip link follow.
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('names with their object, and states', () => {
  test('repeated buttons say their exercise; comboboxes say expanded; a field says its value', async () => {
    const { context, page, problems } = await open('#/oefenen');
    await page.getByRole('button', { name: /^Beginnen: / }).first().waitFor({ state: 'attached' });
    // Every "Beginnen" and "Trainermodus" on screen says its exercise, each a different one.
    const titles = new Set(scenarios.map((sc) => sc.title));
    for (const word of ['Beginnen', 'Trainermodus']) {
      const names = await page.evaluate((w) => [...document.querySelectorAll('#a11y button')].map((el) => el.textContent)
        .filter((n) => n.startsWith(w)), word);
      assert.ok(names.length >= 3, `${names.length} ${word} buttons`);
      for (const name of names) assert.ok(titles.has(name.slice(word.length + 2)), `"${name}" names its exercise`);
      assert.equal(new Set(names).size, names.length, `no two ${word} buttons alike`);
    }
    const lens = page.locator('#a11y button[aria-haspopup="listbox"]', { hasText: 'Rolbril' });
    assert.equal(await lens.getAttribute('aria-expanded'), 'false');
    await clickItem(page, 'rolbril');
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y button[aria-expanded="true"]')].some((el) => el.textContent.startsWith('Rolbril')));
    await page.keyboard.press('Escape');
    await typeInto(page, 'zoeken', 'voogdij');
    await page.waitForFunction(() => document.querySelector('#a11y [role="textbox"]')?.textContent === 'voogdij', null, { timeout: longWait });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('settings are radio groups; a decision\'s choices are a group named by its question; a disabled button says so', async () => {
    const { context, page, problems } = await open(`#/oefenen/${scenarios[0].id}`);
    const groups = page.locator('#a11y main [role="radiogroup"], #a11y main [role="group"]');
    await groups.first().waitFor({ state: 'attached' });
    const name = await groups.first().getAttribute('aria-label');
    assert.ok(name && name.length > 3, 'the group is named by its question');
    assert.ok(await groups.first().locator('[role="radio"], [role="checkbox"]').count() >= 2);
    const answer = page.getByRole('button', { name: 'Antwoord geven' });
    assert.equal(await answer.getAttribute('aria-disabled'), 'true', 'nothing chosen yet');
    await groups.first().locator('[role="radio"], [role="checkbox"]').first().evaluate((el) => el.click());
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y button')].some((el) => el.textContent === 'Antwoord geven' && !el.hasAttribute('aria-disabled')),
      null, { timeout: longWait });
    await clickItem(page, 'instellingen');
    const theme = page.getByRole('radiogroup', { name: 'Thema' });
    await theme.waitFor({ state: 'attached' });
    assert.equal(await theme.getByRole('radio').count(), 3); // system, light, dark
    assert.equal(await theme.getByRole('radio', { checked: true }).count(), 1);
    assert.equal(await page.getByRole('radiogroup', { name: /Sneltoetsen/ }).getByRole('radio').count(), 2);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('installable', () => {
  test('the web app manifest is served as such, parses, and its icons are PNGs of their size', async () => {
    const server = session.server;
    const response = await fetch(server.url + 'manifest.webmanifest');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.short_name, 'Protocolwijzer');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
      assert.ok(icon, `a ${size} icon`);
      const png = await fetch(new URL(icon.src, server.url));
      assert.equal(png.headers.get('content-type'), 'image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
      assert.equal(bytes.readUInt32BE(16), size, 'width');
      assert.equal(bytes.readUInt32BE(20), size, 'height');
    }
    const page = await (await fetch(server.url)).text();
    assert.match(page, /<link rel="manifest" href="manifest.webmanifest">/);
    const worker = await (await fetch(server.url + 'sw.js')).text();
    for (const file of ['manifest.webmanifest', ...manifest.icons.map((i) => i.src)])
      assert.ok(worker.includes(`"${file}"`), `the service worker keeps ${file}`);
  });
});

describe('keys and colours', () => {
  test('single-key shortcuts switched off in the settings do nothing; on, + zooms', async () => {
    const settings = (on) => ({ app: 'protocolwijzer', version: 2, settings: { singleKeyShortcuts: on } });
    for (const on of [true, false]) {
      const { context, page, problems } = await open(`#/proces/${largest.id}`, { storage: settings(on) });
      assert.equal((await appState(page)).settings.singleKeyShortcuts, on);
      const before = (await appState(page)).mapZoom;
      await page.locator('canvas').focus();
      await page.keyboard.press('+');
      // On: wait for the zoom (a slow frame under load is not a failure); off:
      // the frames after the key, counted, not a time that a loaded machine stretches.
      if (on) await waitForState(page, (s) => s.mapZoom > before, 'the zoom after +');
      else await nextFrames(page, 5);
      const after = (await appState(page)).mapZoom;
      assert.equal(after > before, on, `zoom ${before} -> ${after} with shortcuts ${on ? 'on' : 'off'}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  for (const [what, options] of [['prefers-contrast: more', { contrast: 'more' }], ['forced-colors: active', { forcedColors: 'active' }]]) {
    test(`${what} selects the high-contrast theme`, async () => {
      const { context, page, problems } = await open(`#/proces/${largest.id}/stap/${largest.steps[0].id}`, options);
      const state = await waitForState(page, (s) => s.highContrast, 'the high-contrast theme');
      assert.equal(state.palette.page, '000000');
      assert.equal(state.palette.text, 'ffffff');
      await screenshot(page, `a11y-high-contrast-${options.contrast ? 'more' : 'forced'}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the focus ring shows on the filled primary button', async () => {
    const { context, page, problems } = await open(`#/oefenen/${scenarios[0].id}`);
    await page.getByRole('radio').first().evaluate((el) => el.click());
    // Chosen, so the answer button is enabled and reachable.
    await waitForState(page, (s) => s.training.draft.action, 'the choice');
    await page.locator('canvas').focus();
    // Keyboard navigation to the answer button, which is filled with the accent colour.
    // One step at a time: each press waits for the focus to move, so that a
    // slow frame under load does not let the next press pass the button.
    const focusedText = () => page.evaluate(() => document.activeElement && document.activeElement.textContent);
    for (let i = 0; i < 60; i++) {
      const focused = await focusedText();
      if (focused === 'Antwoord geven') break;
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((before) => (document.activeElement && document.activeElement.textContent) !== before,
        focused, { timeout: 2000 }).catch(() => {});
    }
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Antwoord geven');
    // The canvas draws the ring in the frames after the focus moved: counted in frames, not ms.
    await nextFrames(page, 3);
    const state = await appState(page);
    const [x, y, w, h] = state.items['antwoord-geven'];
    await screenshot(page, 'a11y-focus-primary-button');
    // The ring (the focus colour) around the button, outside its fill.
    const ring = state.palette.navHighlight;
    // The band just above the button: outside its fill, where the ring is.
    const band = await page.screenshot({ clip: { x: x - 8, y: y - 8, width: w + 16, height: 7 } });
    const found = await page.evaluate(async ([b64, hex]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (want.every((c, k) => Math.abs(data[i + k] - c) < 40)) n++;
      return n;
    }, [band.toString('base64'), ring]);
    assert.ok(found > w / 2, `the focus ring is drawn above the button (${found} pixels)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('Tab like a web page', () => {
  test('Tab and Shift+Tab walk the controls in reading order, the app follows, Enter activates, Tab leaves at the end', async () => {
    const { context, page, problems } = await open('#/oefenen');
    const controls = () => page.evaluate(() => [...document.querySelectorAll('#a11y [data-id], #a11y a[href]')].map((el) => el.dataset.key));
    const focused = () => page.evaluate(() => (document.activeElement && document.activeElement.dataset.key) || document.activeElement.id || document.activeElement.tagName);
    await page.locator('canvas').focus();
    const order = await controls();
    assert.ok(order.length > 20);
    // Forward through the first controls, one by one, in the mirror's (reading) order.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      assert.equal(await focused(), order[i], `Tab ${i + 1}`);
    }
    // The app's own keyboard focus follows (its focus ring, ImGui's NavId).
    await waitForState(page, (s) => s.focus === order[5], 'the app\'s focus on the same control');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), order[4], 'Shift+Tab goes back');
    // To the first exercise's "Beginnen: ..." and Enter starts it.
    const start = await page.evaluate((t) => [...document.querySelectorAll('#a11y [data-id]')].find((el) => el.textContent === t)?.dataset.key,
      `Beginnen: ${scenarios[0].title}`);
    assert.ok(start);
    for (let i = 0; i < order.length && (await focused()) !== start; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(), start);
    await waitForState(page, (s) => s.focus === start, 'the app\'s focus on "Beginnen"');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.view === 'exercise', 'the exercise, started with Enter');
    // Tab past the last control leaves the app.
    const last = (await controls()).at(-1);
    await page.evaluate((key) => document.querySelector(`#a11y [data-key="${key}"]`).focus(), last);
    await page.keyboard.press('Tab');
    const after = await focused();
    assert.ok(!after.startsWith('i') && after !== 'CANVAS' && after !== 'text-input', `focus left the app (${after})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // A screen reader in browse mode activates a control by calling its default
  // action (a click without a mouse, detail 0), often on the control that Tab
  // has just focused; Space on a focused control is the keyboard's way. Either
  // counts once: a choice is made, a checkbox toggles once per press.
  test('a click from assistive technology on the focused choice, and Space, activate it exactly once', async () => {
    const sc = scenarios.find((s) => s.id === 'kb-ind-contactpersoon');
    const { context, page, problems } = await open(`#/oefenen/${sc.id}`);
    const focused = () => page.evaluate(() => ({ key: document.activeElement.dataset.key, role: document.activeElement.getAttribute('role') }));
    const tabTo = async (role) => {
      for (let i = 0; i < 80 && (await focused()).role !== role; i++) await page.keyboard.press('Tab');
      const at = await focused();
      assert.equal(at.role, role, `a ${role} reached by Tab`);
      await waitForState(page, (s) => s.focus === at.key, `the app's focus on ${at.key}`);
      return at.key;
    };
    await page.locator('canvas').focus();
    await tabTo('radio'); // the app's focus is on the choice clicked
    assert.equal((await appState(page)).training.draft.action, '', 'nothing chosen yet');
    await page.evaluate(() => document.activeElement.click());
    await waitForState(page, (s) => s.training.draft.action, 'a choice, made by the click');
    // On to the decision with checkboxes (the data to share).
    await clickItem(page, 'keuze:actie:informeren');
    await waitForState(page, (s) => s.training.draft.action === 'informeren', 'the right step');
    await clickItem(page, 'antwoord-geven');
    await waitForState(page, (s) => s.training.showingFeedback, 'feedback');
    await clickItem(page, 'verder');
    await waitForState(page, (s) => s.training.decision === 'verblijfsinfo' && !s.training.showingFeedback, 'the second decision');
    // Everything ticked in the answer so far (the questions that take many).
    const checkedCount = (s) => Object.values(s.training.draft).filter(Array.isArray).reduce((n, a) => n + a.length, 0);
    await tabTo('checkbox');
    await page.keyboard.press('Space');
    await waitForState(page, (s) => checkedCount(s) === 1, 'one item checked by Space');
    await page.keyboard.press('Space');
    await waitForState(page, (s) => checkedCount(s) === 0, 'unchecked by the second Space');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
