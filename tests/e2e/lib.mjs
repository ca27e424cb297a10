// Shared helpers for the end-to-end tests: start pw-serve on a free port,
// launch Debian's Chromium through playwright-core, watch for console errors
// and failed requests, and judge screenshots.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const config = {
  server: process.env.PW_SERVER || path.join(repoRoot, 'build/native/serve/pw-serve'),
  // The app with the test hook (window.protocolwijzer.state()); build/wasm/dist ships without it.
  dist: process.env.PW_WEB_DIST || path.join(repoRoot, 'build/wasm/test/dist'),
  artifacts: process.env.PW_ARTIFACTS || path.join(repoRoot, 'build/artifacts'),
  chromium: process.env.PW_CHROMIUM || '/usr/bin/chromium',
  // The build's content packer (web/tools/pack_content.cpp, run under node).
  packContent: process.env.PW_PACK_CONTENT || path.join(repoRoot, 'build/wasm/web/pack_content.js'),
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Starts pw-serve and resolves once it prints its URL. `args` adds options
// (e.g. ['--db', file]); `port` reuses a port (a restart after a crash).
export async function startServer(root = config.dist, { args = [], port } = {}) {
  port = port || await freePort();
  const proc = spawn(config.server, ['--root', root, '--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pw-serve did not start: ${output}`)), 30000);
    proc.stdout.on('data', (d) => {
      output += d;
      if (output.includes('draait op')) { clearTimeout(timer); resolve(); }
    });
    proc.stderr.on('data', (d) => { output += d; });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`pw-serve exited (${code}): ${output}`)); });
  });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    pid: proc.pid,
    log: () => output,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    exited,
    stop: () => { if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM'); return exited; },
    kill: (signal) => { proc.kill(signal); return exited; },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: config.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Software GL logs a performance note whenever a screenshot reads the canvas;
// that is the browser talking, not the app. "Failed to load resource" repeats
// an HTTP error that the response check below reports with its URL.
const benign = [/GPU stall due to ReadPixels/, /^Failed to load resource: the server responded with a status of/];

// Records console errors and warnings, page errors and failed requests.
export function watchProblems(page, { allowUrls = [] } = {}) {
  const problems = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && !benign.some((re) => re.test(msg.text())))
      problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !allowUrls.some((u) => res.url().endsWith(u)))
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

// Leaves the page by `go()` (a reload, a link to another page, a goto), which
// should also wait until the new page is loaded. A request of the old page still
// in flight (a class's poll) is aborted by the leaving itself, not by the app:
// such failures during `go()` are not problems.
export async function leavePage(page, problems, go) {
  const before = problems.length;
  try {
    return await go();
  } finally {
    const during = problems.splice(before);
    problems.push(...during.filter((p) => !/^request failed: .* net::ERR_ABORTED$/.test(p)));
  }
}

// Reloads the page (see leavePage).
export const reloadPage = (page, problems) => leavePage(page, problems, () => page.reload());

// axe-core's violations of these impacts on the page, as "rule (impact): target — why" lines.
let axeSource = null;
export async function axeViolations(page, impacts = ['serious', 'critical']) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => impacts.includes(v.impact))
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] || ''}`));
}

// Ready, with the rest of the content in (it comes after the first screen: the
// 'pw-rest-ready' mark; training.test.mjs looks at the time between).
export async function waitReady(page) {
  await page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true &&
    performance.getEntriesByName('pw-rest-ready').length > 0, null, { timeout: 30000 });
  return appState(page);
}

export const appState = (page) => page.evaluate(() => window.protocolwijzer.state());

// How long to wait for what a view change, a click or typing brings: CI's
// loaded 2-core machine (software GL, two browser tests at once) draws only a
// few frames a second.
export const longWait = 15000;

// Waits until the app's state satisfies `predicate` (a function of the state).
export async function waitForState(page, predicate, what, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let state;
  while (Date.now() < deadline) {
    state = await appState(page);
    if (predicate(state)) return state;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; last state: ${JSON.stringify(state).slice(0, 800)}`);
}

// Clicks a control by its tag (the `items` of state(): the handle a control
// carries in the app's accessibility tree, see web/README.md) once its place
// is stable, scrolling the page's content with the wheel until it is in view.
// Returns once the app has drawn two frames after the click (the press, then
// the release): Dear ImGui 1.86 samples the mouse once per frame, so two
// clicks between the same two frames (a loaded machine, a fast test) would be one.
export async function clickItem(page, name) {
  const [x, y, w, h] = await scrollToItem(page, name);
  const frames = (await appState(page)).frames;
  await page.mouse.click(x + w / 2, y + h / 2);
  // A click that leaves the page (the text version) ends the wait too.
  await waitForState(page, (s) => s.frames >= frames + 2, `two frames after clicking ${name}`).catch(() => {});
}

// Waits until the app has drawn `n` more frames.
export async function nextFrames(page, n = 2) {
  const frames = (await appState(page)).frames;
  await waitForState(page, (s) => s.frames >= frames + n, `${n} frames`);
}

// Clicks a text field and types into it once the app has taken the focus
// (text reaches ImGui through the hidden textarea, see web/README.md).
// Under load the page can move between finding the field and the click (a
// check's message appears above it): the text is typed only once the app
// says that field is the one being edited, else the click is tried again.
// With { whole: true } the text arrives in one input event, as dictation or an
// IME commits it: a key per character costs a frame each in headless Chromium.
export async function typeInto(page, name, text, { whole = false } = {}) {
  await page.bringToFront(); // with several pages open, only the front one takes focus
  for (let attempt = 1; ; attempt++) {
    await clickItem(page, name);
    try {
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input',
        null, { timeout: longWait });
      await waitForState(page, (s) => s.activeItem === name, `editing ${name}`, longWait);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await nextFrames(page);
  if (whole) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

// Waits until the mirror shows a choice checked in the question group named
// `group`. A mirror click (or Enter on a choice) takes two frames, and the app
// keeps one pending: the next one only once this one shows.
export function groupChosen(page, group, timeout = longWait) {
  return page.waitForFunction((g) => [...document.querySelectorAll('#a11y main [role="radiogroup"], #a11y main [role="group"]')]
    .some((el) => el.getAttribute('aria-label') === g && el.querySelector('[aria-checked="true"]')), group, { timeout });
}

// Looks at a named item until its rectangle stayed the same across a drawn
// frame (two samples with no frame between prove nothing), for at most
// `frames` frames or `timeout` ms. The last state, and whether it settled there.
async function settleItem(page, name, frames, timeout = longWait) {
  const deadline = Date.now() + timeout;
  let state = await appState(page);
  const until = state.frames + frames;
  let seen = null; // the rectangle and the frame it was first seen in
  for (;;) {
    const r = state.items[name] && JSON.stringify(state.items[name]);
    if (r && seen && r === seen.r && state.frames > seen.frames) return { state, settled: true };
    if (!seen || r !== seen.r) seen = { r, frames: state.frames };
    if (state.frames >= until || Date.now() > deadline) return { state, settled: false };
    await page.waitForTimeout(50);
    state = await appState(page);
  }
}

// A named item's rectangle once it is drawn and its place settled: the first
// frame that shows it may not be laid out yet.
export async function stableRect(page, name, timeout = longWait) {
  const { state, settled } = await settleItem(page, name, Infinity, timeout);
  if (!settled) throw new Error(`control ${name} never settled; last state: ${JSON.stringify(state).slice(0, 800)}`);
  return state.items[name];
}

// Scrolls the content with the wheel until a named item is wholly in view; its rectangle.
export async function scrollToItem(page, name) {
  const viewport = page.viewportSize();
  const inView = (r) => r && r[1] >= 0 && r[1] + r[3] <= viewport.height && r[3] > 0;
  for (let attempt = 0; attempt < 70; attempt++) {
    // Its place settled; once it was looked for in vain, a short look per
    // scroll. Counted in frames, not ms: a loaded machine draws slowly.
    const { state, settled } = await settleItem(page, name, attempt === 0 ? 15 : 3);
    const r = state.items[name];
    if (settled && inView(r)) return r;
    if (r && inView(r)) continue; // in view but still moving: look again
    // Not (wholly) visible: scroll towards it. Not drawn at all (scrolled
    // away above or below): down first, then back up, as a user looks for it.
    const below = r ? r[1] + r[3] > viewport.height : attempt < 25;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, below ? 240 : -240);
    await nextFrames(page, 2); // the wheel applied before the next look
  }
  throw new Error(`control ${name} never came into view; state: ${JSON.stringify(await appState(page)).slice(0, 600)}`);
}

// Waits until the screen-reader mirror of the canvas (#a11y) has a node with
// this text (exactly, or as part of it): what the app drew, as a screen
// reader finds it.
export async function mirrorShows(page, text, { exact = false, timeout = 10000 } = {}) {
  try {
    await page.waitForFunction(([t, whole]) => [...document.querySelectorAll('#a11y [data-key]')].some((el) => {
      const name = el.getAttribute('aria-label') || el.textContent || '';
      return whole ? name === t : name.includes(t);
    }), [text, exact], { timeout });
  } catch {
    const shown = await page.evaluate(() => [...document.querySelectorAll('#a11y [data-key]')].map((el) => el.textContent).join(' | '));
    throw new Error(`the app never showed "${text}"; it shows: ${shown.slice(0, 800)}`);
  }
}

// Scrolls the map sideways with the wheel until `predicate(state)` holds.
export async function scrollMapUntil(page, predicate, what) {
  let state = await appState(page);
  const [x, y, w, h] = state.map;
  await page.mouse.move(x + w / 2, y + h / 2);
  for (let i = 0; i < 80 && !predicate(state); i++) {
    await page.mouse.wheel(100, 0);
    await nextFrames(page, 2); // a state drawn after the wheel, not before it
    state = await appState(page);
  }
  if (!predicate(state)) throw new Error(`map never showed ${what}`);
  return state;
}

export async function clickStep(page, stepId) {
  const state = await appState(page);
  const r = state.steps[stepId];
  if (!r) throw new Error(`step ${stepId} is not visible on the map; visible: ${Object.keys(state.steps)}`);
  await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
}

// Saves a screenshot and measures it in the browser: how many distinct colours
// a grid of samples has, and how much of it differs from the top-left pixel.
export async function screenshot(page, name) {
  mkdirSync(config.artifacts, { recursive: true });
  const png = await page.screenshot();
  const file = path.join(config.artifacts, `${name}.png`);
  writeFileSync(file, png);
  const stats = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set();
    let differing = 0, samples = 0;
    const bg = [data[0], data[1], data[2]];
    for (let y = 0; y < bitmap.height; y += 4) {
      for (let x = 0; x < bitmap.width; x += 4) {
        const i = (y * bitmap.width + x) * 4;
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) differing++;
        samples++;
      }
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, differing: differing / samples };
  }, png.toString('base64'));
  return { file, ...stats };
}

// The build's file names are content-hashed; build.json maps them (tools/pack_web.py).
export function buildInfo(dist = config.dist) {
  return JSON.parse(readFileSync(path.join(dist, 'build.json'), 'utf8'));
}

export function contentPath(dist = config.dist) {
  return path.join(dist, buildInfo(dist).assets['content.json']);
}

// The bundle's files as { path, text }: each file's text is the bundle's bytes
// at its offsets (format: tools/bundle_content.py).
export function readBundle(dist = config.dist) {
  const bytes = readFileSync(contentPath(dist));
  const bundle = JSON.parse(bytes.toString('utf8'));
  return {
    files: bundle.files.map((f, i) => {
      const [first, end] = bundle.offsets[i];
      return { path: f.path, text: bytes.subarray(first, end).toString('utf8') };
    }),
  };
}

// The packed content (content.pack) the app starts from, in a copy of the build;
// `rest.pack`, the whole content it fetches after its first screen.
export function packPath(dist = config.dist, name = 'content.pack') {
  return path.join(dist, buildInfo(dist).assets[name]);
}

// Replaces the content bundle in a copy of the build with these { path, text }
// files, bundled by the build's own tool (and drops the compressed variants,
// which the server would otherwise prefer); `version` ({ version, date }) names
// the edition as content/manifest.json does. The app starts from the packed
// form, so that is written too (both parts), by the build's packer (for content with
// problems, a pack that sends the app to the JSON, as in an author's build).
export function writeBundle(dist, bundle, version = null) {
  const file = contentPath(dist);
  const content = mkdtempSync(path.join(os.tmpdir(), 'pw-content-'));
  try {
    for (const f of bundle.files) {
      mkdirSync(path.dirname(path.join(content, f.path)), { recursive: true });
      writeFileSync(path.join(content, f.path), f.text);
    }
    writeFileSync(path.join(content, 'manifest.json'), JSON.stringify({ ...(version || {}), files: bundle.files.map((f) => f.path) }));
    execFileSync('python3', [path.join(repoRoot, 'tools/bundle_content.py'), content, file]);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  const pack = packPath(dist);
  const rest = packPath(dist, 'rest.pack');
  for (const f of [file, pack, rest]) for (const suffix of ['.gz', '.br']) rmSync(f + suffix, { force: true });
  const packed = spawnSync('node', ['--no-experimental-fetch', config.packContent, file, pack, rest], { stdio: 'ignore' });
  if (packed.status !== 0) throw new Error(`writeBundle: the packer failed (${packed.status})`);
}

// Removes the content, packed and JSON, from a copy of the build; the addresses that now give 404.
export function removeBundle(dist) {
  const files = [contentPath(dist), packPath(dist)];
  for (const file of files) for (const suffix of ['', '.gz', '.br']) rmSync(file + suffix, { force: true });
  return files.map((file) => '/' + path.basename(file));
}

// The parsed content file of a case type, from the bundle the app loads.
export function caseTypeFromBundle(id, dist = config.dist) {
  for (const f of readBundle(dist).files) {
    const doc = JSON.parse(f.text);
    if (doc.kind === 'case-type' && doc.id === id) return doc;
  }
  throw new Error(`case type ${id} not in bundle`);
}

// A test file's pw-serve and browser, started before its tests and stopped
// after them; `open(hash, {width, height, storage, ...context options})`
// opens the app in a fresh context (with `storage` as the saved progress, if
// given) and waits until it is ready.
export function appSession() {
  const session = {};
  before(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  session.open = async (hash = '', { width = 1280, height = 720, storage = null, ...options } = {}) => {
    const context = await session.browser.newContext({ viewport: { width, height }, ...options });
    const page = await context.newPage();
    const problems = watchProblems(page);
    if (storage) await page.addInitScript((s) => localStorage.setItem('protocolwijzer', s), JSON.stringify(storage));
    await page.goto(session.server.url + hash);
    await waitReady(page);
    return { context, page, problems };
  };
  return session;
}
