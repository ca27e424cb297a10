// Works anywhere: offline after the first visit (service worker), an update
// announced in the app and applied on request, and the single-file build
// opened from disk.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  appState, clickItem, config, launchBrowser, leavePage, nextFrames, screenshot, startServer, waitForState, waitReady, watchProblems,
  reloadPage,
} from './lib.mjs';

const singleFile = process.env.PW_SINGLE_FILE || path.join(path.dirname(config.dist), 'single', 'protocolwijzer.html');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const controlled = (page) => page.waitForFunction(
  () => navigator.serviceWorker.controller !== null && window.protocolwijzer.offlineReady, null, { timeout: 20000 });

async function searchFor(page, text) {
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');
  await nextFrames(page); // the search box taking text
  await page.keyboard.type(text);
  return waitForState(page, (s) => s.search.query === text && s.search.titles.length > 0, `results for ${text}`);
}

describe('offline after the first visit', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server?.stop(); });

  test('with the network gone, a reload still opens the guide, search and a process map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url);
    await waitReady(page);
    await controlled(page);

    await context.setOffline(true);
    await reloadPage(page, problems);
    const state = await waitReady(page);
    assert.equal(state.status, 'ready');
    const found = await searchFor(page, 'OTS');
    assert.ok(found.search.titles.length > 0);
    await page.goto(server.url + '#/proces/voogdij');
    await waitReady(page);
    const map = await waitForState(page, (s) => s.view === 'map' && Object.keys(s.steps).length > 0, 'the map');
    assert.equal(map.caseType, 'voogdij');
    const shot = await screenshot(page, 'offline-map');
    assert.ok(shot.colours > 50);
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });
});

describe('an update', () => {
  let dir, server;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pw-update-'));
    cpSync(config.dist, dir, { recursive: true });
    server = await startServer(dir);
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is announced in the app and loads on request, replacing the old cache', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url);
    await waitReady(page);
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    assert.equal((await appState(page)).updateReady, false);

    // A new build: another cache name in sw.js (its compressed copies go, or they would be served).
    const sw = path.join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/protocolwijzer-([0-9a-f]+)/, 'protocolwijzer-$1next'));
    for (const suffix of ['.gz', '.br']) rmSync(sw + suffix, { force: true });
    await page.evaluate(() => window.protocolwijzer.registration.update());
    // The new worker fetches the whole build (content included) before it announces itself.
    await waitForState(page, (s) => s.updateReady && s.items['update-laden'], 'the update notice', 30000);
    await screenshot(page, 'update-notice');

    // "Update laden" reloads the page (location.reload()): what the old page had in flight is aborted.
    await leavePage(page, problems, async () => {
      await Promise.all([page.waitForEvent('load'), clickItem(page, 'update-laden')]);
      await waitReady(page);
    });
    const after = await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0].endsWith('next') ? keys : false;
    }, null, { timeout: 15000 });
    assert.match((await after.jsonValue())[0], /next$/);
    assert.equal((await appState(page)).updateReady, false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the single-file build', () => {
  test('opens from disk (file://) with everything inside it, and works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const requests = [];
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
    await page.goto('file://' + singleFile + '#/proces/dublin');
    const state = await waitReady(page);
    assert.equal(state.status, 'ready', JSON.stringify(state.diagnostics));
    const map = await waitForState(page, (s) => s.view === 'map' && Object.keys(s.steps).length > 0, 'the map');
    assert.equal(map.caseType, 'dublin');
    await searchFor(page, 'voogdij');
    await page.goto('file://' + singleFile + '#/oefenen');
    await waitForState(page, (s) => s.view === 'training' && s.training.scenarios >= 12, 'exercises');
    assert.ok((await screenshot(page, 'single-file-training')).colours > 50);
    assert.deepEqual(requests, [], 'nothing is fetched from the network');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
