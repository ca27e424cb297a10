// The walking skeleton end to end: served app, real Chromium, real clicks.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  appState, caseTypeFromBundle, clickStep, config, launchBrowser, longWait, packPath, readBundle, removeBundle, writeBundle, screenshot, scrollMapUntil,
  startServer, waitForState, waitReady, watchProblems,
} from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openApp(options = {}, hash = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + hash);
  const state = await waitReady(page);
  return { context, page, problems, state };
}

function assertNonBlank(shot) {
  assert.ok(shot.colours > 50, `screenshot ${shot.file} has only ${shot.colours} colours`);
  assert.ok(shot.differing > 0.05, `screenshot ${shot.file} is nearly uniform (${shot.differing})`);
}

describe('KB-maatregel swimlane map in the browser', () => {
  test('the map appears, a click on a step shows that step in the detail panel', async () => {
    const { context, page, problems, state } = await openApp({}, '#/proces/kb-maatregel');
    const kb = caseTypeFromBundle('kb-maatregel');
    assert.equal(state.status, 'ready', JSON.stringify(state.diagnostics));
    assert.deepEqual(state.diagnostics, []);
    assert.equal(state.caseType, 'kb-maatregel');
    assert.equal(state.route, '#/proces/kb-maatregel');
    assert.equal(state.detailTitle, kb.title, 'without a selection the panel shows the case type');

    // Click the first step, then scroll sideways and click a later one.
    const first = kb.steps.find((s) => state.steps[s.id]);
    assert.ok(first, `a step is visible, got ${Object.keys(state.steps)}`);
    for (const target of [first, kb.steps.find((s) => s.id === 'resultaten-onderzoek')]) {
      const clickable = (s) => s.steps[target.id] && s.steps[target.id][2] >= 60 && s.steps[target.id][3] >= 30;
      const visibleNow = await scrollMapUntil(page, clickable, target.id);
      assert.ok(visibleNow.mapScroll[0] >= 0);
      await clickStep(page, target.id);
      const after = await waitForState(page, (s) => s.step === target.id, `selection of ${target.id}`);
      assert.equal(after.detailTitle, target.title);
      assert.equal(after.route, `#/proces/kb-maatregel/stap/${target.id}`);
      assert.equal(await page.evaluate(() => location.hash), after.route);
    }

    const shot = await screenshot(page, 'skeleton-map-1280');
    assertNonBlank(shot);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a high-DPI screen the canvas has device pixels and follows resizes', async () => {
    const { context, page, problems, state } = await openApp({ deviceScaleFactor: 2 }, '#/proces/kb-maatregel');
    assert.equal(state.dpr, 2);
    const size = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    let s = await size();
    assert.equal(s.w, s.cssW * 2);
    assert.equal(s.h, s.cssH * 2);
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 2000);
    s = await size();
    assert.equal(s.h, 1280);
    const st = await waitForState(page, (x) => Math.round(x.map[2] + x.map[0]) < 1000, 'map within new width');
    assert.ok(st.map[3] < 640);
    const shot = await screenshot(page, 'skeleton-map-dpr2');
    assert.equal(shot.width, 2000);
    assertNonBlank(shot);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('one wheel notch scrolls the map by a few lines, not by pages or pixels', async () => {
    const { context, page, problems, state } = await openApp({}, '#/proces/kb-maatregel');
    // At 100% the map is taller than its window, so there is room to scroll.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await waitForState(page, (s) => s.mapZoom >= 0.9, 'zoomed in');
    const [x, y, w, h] = state.map;
    await page.mouse.move(x + w / 2, y + h / 2);
    await page.mouse.wheel(0, 100); // one notch in Chromium
    const down = await waitForState(page, (s) => s.mapScroll[1] > 0, 'vertical scroll');
    assert.ok(down.mapScroll[1] >= 30 && down.mapScroll[1] <= 200, `scrolled ${down.mapScroll[1]} px`);
    await page.mouse.wheel(100, 0); // horizontal wheel / trackpad
    const right = await waitForState(page, (s) => s.mapScroll[0] > 0, 'horizontal scroll');
    assert.ok(right.mapScroll[0] >= 30 && right.mapScroll[0] <= 200, `scrolled ${right.mapScroll[0]} px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a deep link opens its step, scrolled into view, and back returns to it', async () => {
    const kb = caseTypeFromBundle('kb-maatregel');
    const deep = kb.steps.find((s) => s.id === 'dtv-toetst');
    const { context, page, problems, state } = await openApp({}, `#/proces/kb-maatregel/stap/${deep.id}`);
    assert.equal(state.step, deep.id);
    const shown = await waitForState(page, (s) => s.steps[deep.id], 'deep-linked step visible');
    assert.equal(shown.detailTitle, deep.title);
    const clickable = (r) => r && r[2] >= 40 && r[3] >= 30;
    const neighbour = kb.steps.find((s) => s.id !== deep.id && clickable(shown.steps[s.id]));
    await clickStep(page, neighbour.id);
    await waitForState(page, (s) => s.step === neighbour.id, 'neighbour selected');
    await page.goBack();
    const back = await waitForState(page, (s) => s.step === deep.id, 'back to the deep link');
    assert.equal(back.detailTitle, deep.title);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The app paces its frames and draws only a changed picture (platform/frame_pacing, frame_picture).
describe('a page left alone', () => {
  // Frames the app drew over `ms`, from its own count (test hook).
  async function framesDrawnIn(page, ms) {
    const before = (await appState(page)).frames;
    await page.waitForTimeout(ms);
    return (await appState(page)).frames - before;
  }

  test('draws a few frames a second, and every frame again once the user acts', async () => {
    const { context, page, problems } = await openApp({}, '#/proces/kb-maatregel');
    await page.waitForTimeout(1500); // the second of full rate after the last input
    const idle = await framesDrawnIn(page, 2000);
    assert.ok(idle >= 4 && idle <= 30, `left alone: ${idle} frames in 2 s (paced at ~10 a second)`);

    // Input wakes it: while the pointer moves, the page draws more than it did idle.
    const moving = (async () => {
      for (let i = 0; i < 20; ++i) { await page.mouse.move(300 + 10 * i, 300); await page.waitForTimeout(50); }
    })();
    const active = await framesDrawnIn(page, 1000);
    await moving;
    assert.ok(active > idle / 2, `while the pointer moves: ${active} frames in 1 s, idle ${idle} in 2 s`);

    // A route set from outside (hash change) is drawn without any further input.
    await page.waitForTimeout(1500);
    await page.evaluate(() => { location.hash = '#/oefenen'; });
    await waitForState(page, (s) => s.route === '#/oefenen', 'the exercise list after a hash change', longWait);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the canvas asks WebGL for colour alone: no depth or stencil buffer to clear each frame', async () => {
    const { context, page, problems } = await openApp();
    // getContext returns the context the app made, with the attributes it asked for.
    const attributes = await page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getContextAttributes());
    assert.equal(attributes.depth, false, 'no depth buffer');
    assert.equal(attributes.stencil, false, 'no stencil buffer');
    assert.equal(attributes.antialias, false, 'ImGui anti-aliases its own shapes');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a frame that would show the same picture is not drawn again; a change is', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Counts the WebGL draw calls the app makes.
    await page.addInitScript(() => {
      window.__drawCalls = 0;
      const draw = WebGL2RenderingContext.prototype.drawElements;
      WebGL2RenderingContext.prototype.drawElements = function (...args) { window.__drawCalls++; return draw.apply(this, args); };
    });
    const problems = watchProblems(page);
    await page.goto(server.url + '#/proces/kb-maatregel');
    await waitReady(page);
    await page.waitForTimeout(1500);
    const counts = () => page.evaluate(() => ({ draws: window.__drawCalls, frames: window.protocolwijzer.state().frames }));
    const before = await counts();
    await page.waitForTimeout(1000);
    const idle = await counts();
    assert.ok(idle.frames > before.frames, `frames go on while idle (${before.frames} -> ${idle.frames})`);
    assert.equal(idle.draws, before.draws, 'an unchanged picture is not drawn again');
    // A change of place is drawn.
    await page.evaluate(() => { location.hash = '#/oefenen'; });
    await waitForState(page, (s) => s.route === '#/oefenen', 'the exercise list', longWait);
    // The route changes before any frame; the drawing comes with the next frames, however slow.
    await page.waitForFunction((d) => window.__drawCalls > d, idle.draws, { timeout: longWait }).catch(() => {});
    assert.ok((await counts()).draws > idle.draws, 'the new place was drawn');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The app starts from the content as the build validated it (content.pack,
// issue 20); the JSON is read only when the pack is refused.
describe('the packed content', () => {
  test('a first visit fetches the pack, not the JSON, and shows the content', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fetched = [];
    page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    await page.goto(server.url + '#/proces/kb-maatregel');
    const state = await waitReady(page);
    assert.equal(state.status, 'ready');
    assert.ok(fetched.some((p) => /^\/content\.[0-9a-f]+\.pack$/.test(p)), fetched.join(' '));
    assert.ok(!fetched.some((p) => p.endsWith('.json') && p.includes('content')), fetched.join(' '));
    assert.equal(state.detailTitle.length > 0, true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the page asks for the module, the pack and the fonts as its head is read, each once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fetched = [];
    page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    await page.goto(server.url);
    await waitReady(page);
    // Chromium warns a few seconds after the load of a preload nobody used.
    await page.waitForTimeout(3500);
    const early = [/^\/app\.[0-9a-f]+\.wasm$/, /^\/content\.[0-9a-f]+\.pack$/,
      /^\/fonts\/ui-regular\.[0-9a-f]+\.ttf$/, /^\/fonts\/ui-bold\.[0-9a-f]+\.ttf$/];
    const boot = fetched.findIndex((p) => /^\/boot\.[0-9a-f]+\.js$/.test(p));
    assert.ok(boot > 0, fetched.join(' '));
    for (const file of early) {
      const at = fetched.flatMap((p, i) => (file.test(p) ? [i] : []));
      assert.equal(at.length, 1, `${file} fetched ${at.length} times: ${fetched.join(' ')}`);
      assert.ok(at[0] < boot, `${file} asked for after boot.js: ${fetched.join(' ')}`);
    }
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].length);
    assert.equal(preloads, early.length);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a damaged pack is refused with its reason and the app reads the JSON instead', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-damaged-pack-'));
    cpSync(config.dist, dir, { recursive: true });
    const pack = packPath(dir);
    const bytes = readFileSync(pack);
    writeFileSync(pack, bytes.subarray(0, bytes.length >> 1)); // cut in half
    for (const suffix of ['.gz', '.br']) rmSync(pack + suffix, { force: true });
    const damaged = await startServer(dir);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const warnings = [];
      page.on('console', (m) => warnings.push(m.text()));
      await page.goto(damaged.url + '#/proces/kb-maatregel');
      const state = await waitReady(page);
      assert.equal(state.status, 'ready', JSON.stringify(state.diagnostics));
      assert.deepEqual(state.diagnostics, []);
      assert.equal(state.caseType, 'kb-maatregel');
      assert.ok(warnings.some((w) => /^content\.pack: fout: de ingepakte inhoud is beschadigd of afgebroken/.test(w)),
        warnings.join('\n'));
      await context.close();
    } finally {
      await damaged.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad content never gives a blank screen', () => {
  let dir, broken;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pw-broken-'));
    cpSync(config.dist, dir, { recursive: true });
    const bundle = readBundle(config.dist);
    const kbFile = bundle.files.find((f) => f.path.startsWith('case-types/'));
    kbFile.text = kbFile.text.replace('"actor": "vt-medewerker"', '"actor": "vt-medewerkr"');
    writeBundle(dir, bundle); // not packed: the app reads the JSON and lists the problem
    broken = await startServer(dir);
  });
  after(async () => {
    await broken?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('content that does not validate is listed with file, line and a suggestion', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(broken.url);
    const state = await waitReady(page);
    assert.equal(state.status, 'invalid');
    assert.equal(state.diagnostics.length, 1, state.diagnostics.join('\n'));
    assert.match(state.diagnostics[0], /^case-types\/kb-maatregel\.json:\d+: fout: .*"vt-medewerkr" bestaat niet; bedoelde je "vt-medewerker"\?/);
    assertNonBlank(await screenshot(page, 'skeleton-invalid-content'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a missing content file is reported in the app', async () => {
    const missing = removeBundle(dir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page, { allowUrls: missing });
    await page.goto(broken.url);
    const state = await waitReady(page);
    assert.equal(state.status, 'fetch_failed');
    assert.ok((await appState(page)).detailTitle.length > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The module holds no font of its own (ImGui's built-in one is not linked):
// without one font file the other serves for every style; without both the
// page says so in words and points to the text version.
describe('missing font files', () => {
  async function openWithout(names) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route('**/fonts/**', (route) =>
      names.some((n) => route.request().url().includes(n)) ? route.abort() : route.continue());
    await page.goto(server.url);
    return { context, page };
  }

  test('without the regular font the guide is drawn in the bold one', async () => {
    const { context, page } = await openWithout(['ui-regular']);
    const state = await waitReady(page);
    assert.equal(state.status, 'ready');
    assertNonBlank(await screenshot(page, 'skeleton-bold-font-only'));
    await context.close();
  });

  test('without any font file the page says why and links to the text version', async () => {
    const { context, page } = await openWithout(['ui-regular', 'ui-bold']);
    const status = page.locator('#status');
    await status.getByRole('link', { name: 'tekstversie' }).waitFor({ timeout: 30000 });
    assert.match(await status.textContent(), /lettertypen van Protocolwijzer konden niet worden geladen/);
    assert.equal(await status.getByRole('link').getAttribute('href'), 'tekst.html');
    assert.equal(await page.evaluate(() => window.protocolwijzer.ready), false);
    await context.close();
  });
});
