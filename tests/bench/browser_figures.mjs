// Figures measured in headless Chromium: cold loads (app and minimal page),
// CPU time per frame inside the app, content load time and wasm heap.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { appState, clickItem, waitForState } from '../e2e/lib.mjs';

const viewport = { width: 1600, height: 900 };

export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (p) => v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))] : 0;
  return { median: at(50), p95: at(95), p99: at(99), max: v.length ? v[v.length - 1] : 0, n: v.length };
}

const figures = (page) => page.evaluate(() => window.protocolwijzer.benchFigures());
const marks = (page) => page.evaluate(() => Object.fromEntries(
  ['pw-main', 'pw-gl-ready', 'pw-content-arrived', 'pw-content-loaded', 'pw-fonts-built', 'pw-first-frame', 'pw-ready', 'pw-search-ready', 'pw-rest-ready'].map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? null])));

// One load in a fresh context: no HTTP cache, no service worker, no compiled wasm.
async function coldLoad(browser, url, readyCheck, { server = null, waitForSearch = false } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const logBefore = server ? server.log().length : 0;
  // What the page itself asks for until it is usable; the service worker's
  // precache (registered once the app is ready) is not the page's.
  const pageRequests = [];
  page.on('request', (req) => pageRequests.push(new URL(req.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(readyCheck, null, { timeout: 120000 });
  const requestedByReady = pageRequests.slice();
  if (waitForSearch) // the app: until its search is ready too
    await page.waitForFunction(() => performance.getEntriesByName('pw-search-ready').length > 0, null, { timeout: 30000 })
      .catch(() => {});
  // What the page asked for before it was ready: not what the app asks for
  // in the frames after (the rest of the content), which may start before the wait
  // above saw ready. Resource Timing has an entry once a file is in.
  const afterReady = new Set(await page.evaluate(() => {
    const ready = performance.getEntriesByName('pw-ready')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource').filter((e) => e.startTime > ready)
      .map((e) => new URL(e.name).pathname);
  }));
  const beforeReady = requestedByReady.filter((p) => !afterReady.has(p));
  const m = await marks(page);
  let requested = [];
  const gets = (log) => log.split('\n').map((line) => line.split(' '))
    .filter((f) => f.length >= 5 && f[1] === 'GET' && f[3] === '200').map((f) => f[2]);
  if (server) {
    // Every file the first visit fetches, including what the service worker caches for offline use.
    await page.waitForFunction(() => window.protocolwijzer.offlineReady === true, null, { timeout: 30000 })
      .catch(() => {});
    await page.waitForTimeout(500);
    requested = gets(server.log().slice(logBefore));
  }
  await context.close();
  return { main: m['pw-main'], glReady: m['pw-gl-ready'], contentArrived: m['pw-content-arrived'], contentLoaded: m['pw-content-loaded'], fontsBuilt: m['pw-fonts-built'],
    firstFrame: m['pw-first-frame'], ready: m['pw-ready'], searchReady: m['pw-search-ready'], restReady: m['pw-rest-ready'], requested, beforeReady };
}

// The host's 1-minute load average: frame and load times move with it.
export const machineLoad = () => Math.round(os.loadavg()[0] * 100) / 100;

// Until the app has drawn `n` frames since it started.
const framesDrawn = (page, n) => page.waitForFunction((m) => window.protocolwijzer.benchFigures().frames >= m, n,
  { timeout: 120000, polling: 100 });

// CPU time of the next `count` frames, from the app's own clock (platform/frame_stats.cpp).
async function frameTimes(page, count, during) {
  const start = (await figures(page)).frames;
  const work = during ? during(start) : null;
  await framesDrawn(page, start + count);
  if (work) await work;
  const f = await figures(page);
  const taken = Math.min(f.frames - start, f.frameMs.length);
  // The host's load as the frames were drawn (1-minute average, the browser's own work included).
  return { ...stats(f.frameMs.slice(f.frameMs.length - taken)), machineLoad: machineLoad() };
}

// The main thread's CPU time in each of the next `count` frames, from a trace
// (each animation frame's thread time): the app's clock above counts a frame
// from start to end, so it also counts the time the browser's own processes
// (the GPU process drawing with software GL) took the core in the middle of
// it. Measured in frames of its own after those, as tracing adds work.
async function frameThreadCpu(page, count) {
  const cdp = await page.context().newCDPSession(page);
  const times = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const x of e.value)
      if (x.name === 'FireAnimationFrame' && x.ph === 'X' && x.tdur !== undefined) times.push(x.tdur / 1000);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  const start = (await figures(page)).frames;
  await framesDrawn(page, start + count);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { ...stats(times), machineLoad: machineLoad() };
}

// What a page left alone costs: frames drawn and main-thread task time per
// second (Chromium's Performance.getMetrics), after the app's second of full
// rate that follows the last input.
async function idleCost(page, quick) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((m) => m.name === 'TaskDuration').value;
    return { task, frames: (await figures(page)).frames, at: Date.now() };
  };
  await page.waitForTimeout(1500);
  const a = await sample();
  await page.waitForTimeout(quick ? 2000 : 5000);
  const b = await sample();
  await cdp.detach();
  const seconds = (b.at - a.at) / 1000;
  return { framesPerSecond: (b.frames - a.frames) / seconds, cpuMsPerSecond: (1000 * (b.task - a.task)) / seconds };
}

async function go(page, hash, check, what) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  return waitForState(page, check, what, 60000);
}

// A point on the map's background (not on a step), to drag from.
function backgroundPoint(state) {
  const [mx, my, mw, mh] = state.map;
  const boxes = Object.values(state.steps);
  for (let y = my + 40; y < my + mh - 40; y += 17)
    for (let x = mx + 40; x < mx + mw - 40; x += 23)
      if (!boxes.some(([bx, by, bw, bh]) => x >= bx - 8 && x <= bx + bw + 8 && y >= by - 8 && y <= by + bh + 8))
        return [x, y];
  throw new Error('no background point on the map to drag');
}

export async function measureBrowser(browser, url, { quick, withMinimal, largestCaseType, scenario, site, server }) {
  // 21 each: the median of 7 moved by 20-50 ms between runs of one build
  // (BENCHMARKS.md), more than the goal's margin; 41 interleaved loads of two
  // builds gave medians within 3 ms of each other.
  const loads = quick ? 3 : 21;
  const frames = quick ? 120 : 300;
  const out = {};

  // Cold loads, alternating app and minimal page so that both see the same machine.
  const app = [], minimal = [];
  const loadBefore = machineLoad();
  for (let i = 0; i < loads; ++i) {
    app.push(await coldLoad(browser, url, () => window.protocolwijzer?.ready === true,
      { server: i === 0 ? server : null, waitForSearch: true }));
    if (withMinimal)
      minimal.push(await coldLoad(browser, new URL('minimal/index.html', url).href, () => window.minimalReady === true));
  }
  out.requested = [...new Set(app[0].requested)];
  out.requestedBeforeReady = [...new Set(app[0].beforeReady)];
  out.load = {
    machineLoad: { before: loadBefore, after: machineLoad() },
    loads,
    app: {
      firstFrameMs: stats(app.map((l) => l.firstFrame)),
      readyMs: stats(app.map((l) => l.ready)),
      // Where the time goes: the runtime starts, WebGL is set up, the content
      // arrives and is loaded, the fonts are built.
      mainMs: stats(app.map((l) => l.main)),
      glReadyMs: stats(app.map((l) => l.glReady)),
      contentArrivedMs: stats(app.map((l) => l.contentArrived)),
      contentLoadedMs: stats(app.map((l) => l.contentLoaded)),
      fontsBuiltMs: stats(app.map((l) => l.fontsBuilt)),
      // The first question a user can ask: the index is built after ready.
      searchReadyMs: stats(app.map((l) => l.searchReady).filter((v) => v !== null)),
      // The rest of the content, fetched once the first screen is drawn (rest.pack).
      restReadyMs: stats(app.map((l) => l.restReady).filter((v) => v !== null)),
    },
  };
  if (withMinimal) {
    out.load.minimal = { firstFrameMs: stats(minimal.map((l) => l.firstFrame)), readyMs: stats(minimal.map((l) => l.ready)) };
    out.load.readyRatio = out.load.app.readyMs.median / out.load.minimal.readyMs.median;
    out.load.firstFrameRatio = out.load.app.firstFrameMs.median / out.load.minimal.firstFrameMs.median;
  }

  // One session through the views, frames measured in each.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.protocolwijzer?.ready === true, null, { timeout: 120000 });
  const start = await figures(page);
  out.contentLoadMs = start.contentLoadMs;
  out.heapAfterStart = { totalBytes: start.heapBytes, usedBytes: start.heapUsedBytes };

  out.frames = {};
  await go(page, '#/', (s) => s.view === 'home', 'home');
  // The home screen left alone: frames drawn and main-thread CPU per second,
  // as the app paces itself and with every animation frame drawn.
  out.idle = { paced: await idleCost(page, quick), everyFrame: null };
  await page.evaluate(() => { window.protocolwijzer.drawEveryFrame = true; });
  out.idle.everyFrame = await idleCost(page, quick);
  // The frame times below are measured back to back, every frame drawn.
  out.frames.home = await frameTimes(page, frames);

  const mapHash = `#/proces/${largestCaseType}`;
  await go(page, mapHash, (s) => s.view === 'map' && s.caseType === largestCaseType, 'the largest map');
  await clickItem(page, 'passend');
  let last = -1;
  await waitForState(page, (s) => { const same = s.mapZoom === last; last = s.mapZoom; return same; }, 'fit', 30000);
  const fit = await appState(page);
  out.frames.mapFit = { ...(await frameTimes(page, frames)), zoom: fit.mapZoom, stepsVisible: Object.keys(fit.steps).length };
  out.frames.mapFitThreadCpu = await frameThreadCpu(page, frames);

  // Panning at fit (which keeps labels readable and scrolls), the background
  // dragged in circles. Zooming in first could land between steps on a long map.
  await page.mouse.move(5, 5);
  const before = await waitForState(page, (s) => Object.keys(s.steps).length > 0, 'steps on screen');
  const [x0, y0] = backgroundPoint(before);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  let dragging = true;
  const drag = (async () => {
    for (let i = 0; dragging; ++i) {
      await page.mouse.move(x0 - 200 + 200 * Math.cos(i / 15), y0 + 120 * Math.sin(i / 15));
      await page.waitForTimeout(8);
    }
  })();
  out.frames.mapPan = await frameTimes(page, frames);
  dragging = false;
  await drag;
  await page.mouse.up();
  const after = await appState(page);
  out.frames.mapPan.scrolled = JSON.stringify(after.mapScroll) !== JSON.stringify(before.mapScroll);

  await go(page, '#/zoek/kind', (s) => s.view === 'search' && s.search.titles.length > 0, 'search results');
  out.frames.search = { ...(await frameTimes(page, frames)), results: (await appState(page)).search.titles.length };

  // Every view once (the routes are the text version's anchors), then the heap.
  const anchors = [...readFileSync(`${site}/tekst.html`, 'utf8').matchAll(/id="(\/[^"]+)"/g)].map((m) => m[1]);
  const firstOfEach = new Map();
  for (const a of anchors) {
    const parts = a.split('/');
    const kind = parts[1] === 'proces' ? (parts.length > 3 ? `proces/${parts[3]}` : 'proces') : parts[1];
    if (kind === 'proces' || !firstOfEach.has(kind)) firstOfEach.set(kind === 'proces' ? a : kind, a);
  }
  const routes = [...firstOfEach.values(), '/oefenen', '/zoek/overdracht'];
  if (scenario) routes.push(`/oefenen/${scenario}`, `/oefenen/${scenario}/trainer`);
  let visited = 0;
  for (const r of routes) {
    const { frames: f } = await figures(page);
    await page.evaluate((h) => { location.hash = h; }, `#${r}`);
    await page.waitForFunction((n) => window.protocolwijzer.benchFigures().frames >= n, f + 5);
    visited++;
  }
  const end = await figures(page);
  out.heapAfterAllViews = { totalBytes: end.heapBytes, usedBytes: end.heapUsedBytes, views: visited };
  await context.close();
  return out;
}
