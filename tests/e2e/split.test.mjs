// The module in two parts (tools/split_wasm.py, web/shell/boot.js): the first
// screen runs on app.wasm alone and app.deferred.wasm follows it; an address
// past the home screen waits for both; a click before the second part is in
// still works; without either part the page says the app stopped.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  appState, buildInfo, caseTypeFromBundle, clickItem, launchBrowser, longWait, nextFrames, repoRoot, startServer, waitForState,
  waitReady, watchProblems, reloadPage,
} from './lib.mjs';

const shippedDist = process.env.PW_SHIPPED_DIST || path.join(repoRoot, 'build/wasm/dist');
let server, shipped, browser;
before(async () => {
  server = await startServer();
  shipped = await startServer(shippedDist);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await shipped?.stop();
});

const placeholder = /placeholder function called/;
const deferredUrl = /app\.deferred\.[0-9a-f]+\.wasm$/;
const primaryUrl = /app\.[0-9a-f]+\.wasm$/;

// primaryRoute: a Playwright route handler for the first part (app.wasm);
// deferredHeld: a promise the first request for the second part waits on
// (the requests after it, a placeholder's own, go through at once).
async function open(url, { hash = '', deferredHeld = null, deferredStatus = 0, primaryRoute = null, wait = waitReady } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  if (primaryRoute) await page.route(primaryUrl, primaryRoute);
  if (deferredHeld || deferredStatus) {
    let first = true;
    await page.route(deferredUrl, async (route) => {
      if (deferredStatus) return route.fulfill({ status: deferredStatus, body: 'not here' });
      if (first) {
        first = false;
        await deferredHeld;
      }
      return route.continue();
    });
  }
  const problems = watchProblems(page);
  await page.goto(url + hash);
  if (wait) await wait(page);
  return { context, page, messages, problems };
}

// Ready, without waiting for the rest of the content (it waits for the second part).
const readyOnly = (page) => page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true,
  null, { timeout: 30000 });

// When the second part was asked for, and when the app said it was ready (ms from navigation).
const timings = (page) => page.evaluate(() => ({
  deferred: performance.getEntriesByType('resource').filter((e) => /app\.deferred\./.test(e.name)).map((e) => e.startTime),
  ready: performance.getEntriesByName('pw-ready').map((e) => e.startTime)[0],
}));

describe('the module in two parts', () => {
  test('the home screen runs on the first part; the second follows it and the guide works on', async () => {
    const { context, page, messages, problems } = await open(server.url);
    const t = await timings(page);
    assert.equal(t.deferred.length, 1, 'app.deferred.wasm fetched once');
    assert.ok(t.deferred[0] >= t.ready, `asked for after ready (${t.deferred[0]} < ${t.ready})`);
    assert.deepEqual(messages.filter((m) => placeholder.test(m)), [], 'the first screen called nothing of the second part');
    const id = caseTypeFromBundle('kb-maatregel').id;
    await page.evaluate((h) => { location.hash = h; }, `#/proces/${id}`);
    await waitForState(page, (s) => s.view === 'map', 'the map, drawn by the second part');
    const info = buildInfo();
    assert.ok(info.files[info.assets['app.wasm']] < info.files[info.assets['app.deferred.wasm']] * 2, 'the parts are both real');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the shipped build: its first screen too runs on the first part', async () => {
    const ready = (page) => page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true &&
      performance.getEntriesByName('pw-rest-ready').length > 0, null, { timeout: 30000 });
    const { context, page, messages, problems } = await open(shipped.url, { wait: ready });
    const t = await timings(page);
    assert.ok(t.deferred.length === 1 && t.deferred[0] >= t.ready, JSON.stringify(t));
    assert.deepEqual(messages.filter((m) => placeholder.test(m)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a returning visit: the home screen with the way back to the last place runs on the first part', async () => {
    const { context, page, messages, problems } = await open(server.url);
    // Each place reached and drawn: the visit is kept (saved) in a drawn frame.
    for (const place of ['#/proces/kb-maatregel', '#/begrip/ots', '#/']) {
      await page.evaluate((h) => { location.hash = h; }, place);
      await waitForState(page, (s) => s.route === place, place, longWait);
      await nextFrames(page, 2);
    }
    // Home is not a place to go back to: the way back is to the glossary term, once it is stored.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('protocolwijzer') || '{}').lastRoute === '#/begrip/ots',
      null, { timeout: longWait });
    messages.length = 0;
    await reloadPage(page, problems);
    await waitReady(page);
    const t = await timings(page);
    assert.ok(t.deferred.length === 1 && t.deferred[0] >= t.ready, JSON.stringify(t));
    assert.ok((await appState(page)).items.verder, 'the way back to the last place is on the home screen');
    assert.deepEqual(messages.filter((m) => placeholder.test(m)), [], 'the first screen called nothing of the second part');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an address past the home screen waits for both parts, and opens there', async () => {
    const id = caseTypeFromBundle('kb-maatregel').id;
    const { context, page, messages, problems } = await open(server.url, { hash: `#/proces/${id}` });
    const t = await timings(page);
    assert.ok(t.deferred.length === 1 && t.deferred[0] < t.ready, `fetched before ready: ${JSON.stringify(t)}`);
    assert.equal((await appState(page)).view, 'map');
    assert.deepEqual(messages.filter((m) => placeholder.test(m)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // The settings are drawn by the second part (ui/apart.hpp): opened at once,
  // its code is loaded there and then. A place past the home screen waits for
  // the rest of the content, which comes after the second part.
  test('a click before the second part is in still works: the settings open, the map once the rest is in', async () => {
    // The second part's fetch is held until the settings are open, however
    // slow the machine: the click comes before it is in.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { context, page, messages } = await open(server.url, { deferredHeld: held, wait: readyOnly });
    try {
      await clickItem(page, 'instellingen');
      await waitForState(page, (s) => Boolean(s.items['thema:donker']), 'the settings, their code loaded there and then', 15000);
    } finally {
      release();
    }
    assert.ok(messages.some((m) => placeholder.test(m)), 'the second part was loaded on demand');
    await page.keyboard.press('Escape');
    const id = caseTypeFromBundle('kb-maatregel').id;
    await page.evaluate((h) => { location.hash = h; }, `#/proces/${id}`);
    await waitForState(page, (s) => s.view === 'map', 'the map', 15000);
    await waitReady(page);
    await context.close();
  });

  // boot.js fetches and compiles the first part itself (before app.js has run).
  test('the first part served as another type than application/wasm is compiled whole, and the app starts', async () => {
    let served = 0;
    const { context, problems } = await open(server.url, {
      primaryRoute: async (route) => {
        const response = await route.fetch();
        served += 1;
        const headers = { ...response.headers(), 'content-type': 'application/octet-stream' };
        delete headers['content-encoding']; // the body comes decoded
        delete headers['content-length'];
        return route.fulfill({ status: 200, headers, body: await response.body() });
      },
    });
    assert.equal(served, 1, 'downloaded once: compiled from the same response');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without the first part the app says it stopped, not nothing', async () => {
    const stopped = (page) => page.waitForFunction(
      () => /gestopt door een fout.*app\.wasm/.test(document.getElementById('status').textContent), null, { timeout: 15000 });
    const { context, page, problems } = await open(server.url, {
      primaryRoute: (route) => route.fulfill({ status: 404, body: 'not here' }), wait: stopped,
    });
    await page.waitForTimeout(300);
    // The runtime logs why it stopped; nothing is left unhandled.
    assert.deepEqual(problems.filter((p) => !/^HTTP 404: .*app\.[0-9a-f]+\.wasm$|Aborted\(app\.wasm: Error: HTTP 404\)/.test(p)), []);
    await context.close();
  });

  test('without the second part the app says it stopped, not nothing', async () => {
    const { context, page } = await open(server.url, { deferredStatus: 404, wait: readyOnly });
    await page.waitForFunction(() => /gestopt door een fout/.test(document.getElementById('status').textContent),
      null, { timeout: 15000 });
    await context.close();
  });
});

