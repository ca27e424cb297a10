// "Wat is er veranderd" in the browser (issue 21): the app is served with an
// older edition of the content (0.9: the KB report's step read differently,
// and it had an exercise that is gone now); a user visits the step and
// answers a decision of that exercise, and the app saves its progress. That
// saved progress, as the app wrote it, is then loaded into the app with the
// current content: the notice, the changes page with the right entries, the
// mark on the changed step until it is opened, the progress that had to go
// named, and "Gezien" reached with the keyboard. Screenshots for a person.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  appSession, appState, clickItem, clickStep, config, longWait, mirrorShows, readBundle, screenshot, scrollMapUntil,
  startServer, waitForState, waitReady, watchProblems, writeBundle,
} from './lib.mjs';

const session = appSession();
const current = readBundle(config.dist);
const kb = JSON.parse(current.files.find((f) => f.path === 'case-types/kb-maatregel.json').text);
const melding = kb.steps.find((s) => s.id === 'melding');
const exercise = JSON.parse(current.files.find((f) => f.path === 'scenarios/kb-ind-contactpersoon.json').text);
const oldTitle = 'Oude oefening die is vervallen';

// The older edition, made from the current content by two edits and named 0.9.
function olderEdition() {
  const files = current.files.map((f) => ({ ...f }));
  const kbFile = files.find((f) => f.path === 'case-types/kb-maatregel.json');
  const summary = JSON.stringify(melding.summary);
  assert.ok(kbFile.text.includes(summary));
  kbFile.text = kbFile.text.replace(summary, JSON.stringify(`${melding.summary} (oude tekst)`));
  files.push({
    path: 'scenarios/kb-ind-contactpersoon-oud.json',
    text: JSON.stringify({ ...exercise, id: 'kb-ind-contactpersoon-oud', title: oldTitle }, null, 2),
  });
  return { files };
}

describe('saved progress of an older content edition', () => {
  let dir, older, saved;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pw-older-'));
    cpSync(config.dist, dir, { recursive: true });
    writeBundle(dir, olderEdition(), { version: '0.9', date: '2026-10-01' });
    older = await startServer(dir);
  });
  after(async () => {
    await older?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the app on the older edition saves what the user did', async (t) => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${older.url}#/proces/kb-maatregel/stap/melding`);
    const state = await waitReady(page);
    assert.equal(state.status, 'ready', state.diagnostics.join('\n'));
    assert.equal(state.contentChanges.content.version, '0.9');
    await page.goto(`${older.url}#/oefenen/kb-ind-contactpersoon-oud`);
    await waitForState(page, (s) => s.view === 'exercise', 'the old exercise');
    await clickItem(page, 'keuze:actie:informeren');
    await clickItem(page, 'antwoord-geven');
    await waitForState(page, (s) => s.training.answered === 1, 'one answer');
    saved = await page.evaluate(() => localStorage.getItem('protocolwijzer'));
    const stored = JSON.parse(saved);
    assert.equal(stored.version, 3);
    assert.equal(stored.seen.version, '0.9');
    assert.equal(stored.scenarioRuns['kb-ind-contactpersoon-oud'].length, 1);
    // The fingerprint makes the stored progress larger; it stays far below localStorage's limit.
    t.diagnostic(`stored progress: ${saved.length} characters, ${stored.seen.entities.length} entities seen`);
    assert.ok(saved.length < 150000, `stored progress is ${saved.length} characters`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('loaded into the current content: notice, changes page, badge, dropped progress, Gezien', async () => {
    assert.ok(saved, 'the older edition saved progress');
    const { context, page, problems } = await session.open('#/', { storage: JSON.parse(saved) });
    // The stored fingerprint is compared in the frame after ready.
    let state = await waitForState(page, (s) => s.contentChanges.pending, 'the notice of changed content');
    const now = state.contentChanges.content;
    assert.notEqual(now.version, '0.9');
    await mirrorShows(page, `Inhoud bijgewerkt naar versie ${now.version} (${now.date}).`);
    await screenshot(page, 'changes-notice');

    // The changes page, with exactly the two edits, and the progress that went.
    await clickItem(page, 'naar-wijzigingen');
    state = await waitForState(page, (s) => s.view === 'changes', 'the changes page');
    assert.equal(state.route, '#/wat-is-veranderd');
    assert.deepEqual(state.contentChanges.changes.map((c) => [c.kind, c.entity, c.key, c.fields]), [
      ['changed', 'stap', 'kb-maatregel/melding', ['samenvatting']],
      ['removed', 'oefening', 'kb-ind-contactpersoon-oud', []],
    ]);
    assert.deepEqual(state.contentChanges.steps, { 'kb-maatregel/melding': 'changed' });
    for (const text of ['Wat is er veranderd', 'Je zag eerder versie 0.9 (2026-10-01).', 'Gewijzigd (1)',
      'Verwijderd (1)', `Stap: ${melding.title}`, 'gewijzigd: samenvatting', `Oefening: ${oldTitle}`,
      'Je voortgang', `Oefening waar je mee bezig was: ${oldTitle}`, `Bezochte plek: ${oldTitle}`])
      await mirrorShows(page, text);
    // Headings and links as a screen reader finds them.
    const mirror = await page.evaluate(() => ({
      h1: [...document.querySelectorAll('#a11y h1')].map((e) => e.textContent),
      headings: [...document.querySelectorAll('#a11y h2, #a11y h3, #a11y h4')].map((e) => e.textContent),
      links: [...document.querySelectorAll('#a11y a, #a11y [role=link]')].map((e) => e.getAttribute('aria-label') || e.textContent),
    }));
    assert.deepEqual(mirror.h1, ['Wat is er veranderd']);
    for (const h of ['Gewijzigd (1)', 'Verwijderd (1)', 'Je voortgang'])
      assert.ok(mirror.headings.includes(h), `heading ${h}: ${mirror.headings.join(' | ')}`);
    assert.ok(mirror.links.includes(`Stap: ${melding.title}`), mirror.links.join(' | '));
    assert.ok(!mirror.links.some((l) => l.includes(oldTitle)), 'what is gone is no link');
    const page1 = await screenshot(page, 'changes-page');
    assert.ok(page1.colours > 4 && page1.differing > 0.02, `the page shows something: ${JSON.stringify(page1)}`);
    // Stored: the run of the gone exercise is out, the visited step kept, the list of what went kept.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('protocolwijzer')));
    assert.deepEqual(stored.scenarioRuns, {});
    assert.ok(stored.visited.includes('#/proces/kb-maatregel/stap/melding'));
    assert.equal(stored.dropped.length, 2);

    // The changed step is marked on the map until it is opened.
    await page.evaluate(() => { window.location.hash = '#/proces/kb-maatregel'; });
    await waitForState(page, (s) => s.view === 'map' && s.caseType === 'kb-maatregel', 'the KB map');
    await mirrorShows(page, `${melding.title} (`);
    const marked = await page.evaluate((title) => [...document.querySelectorAll('#a11y [data-key]')]
      .map((e) => e.getAttribute('aria-label') || e.textContent)
      .filter((n) => n.includes(title) && n.includes('— gewijzigd')), melding.title);
    assert.ok(marked.length >= 1, 'the step is named "gewijzigd" in the mirror');
    await scrollMapUntil(page, (s) => s.steps.melding, 'the melding step');
    await screenshot(page, 'changes-map-badge');
    await clickStep(page, 'melding');
    state = await waitForState(page, (s) => s.step === 'melding' && Object.keys(s.contentChanges.steps).length === 0,
      'the step opened and no longer marked');
    assert.equal(state.contentChanges.pending, true, 'the removed exercise is still to be seen');

    // "Gezien" with the keyboard: Tab from the page's heading to it, Enter.
    await page.evaluate(() => { window.location.hash = '#/wat-is-veranderd'; });
    await waitForState(page, (s) => s.view === 'changes' && s.items['wijzigingen-gezien'], 'the Gezien button');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: longWait });
    const passed = [];
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent);
    for (let i = 0; i < 40 && passed.at(-1) !== 'Gezien'; i++) {
      // Each press waits for the focus to move (a slow frame under load must
      // not let the next press pass the button), at most two seconds.
      const before = await focusedName();
      await page.keyboard.press('Tab');
      await page.waitForFunction((b) => (document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent) !== b,
        before, { timeout: 2000 }).catch(() => {});
      passed.push(await focusedName());
    }
    assert.equal(passed.at(-1), 'Gezien', `Tab reaches Gezien: ${passed.join(' | ')}`);
    await page.keyboard.press('Enter');
    state = await waitForState(page, (s) => !s.contentChanges.pending, 'the changes marked seen');
    await mirrorShows(page, 'Je hebt alle wijzigingen gezien.');
    const seen = await page.evaluate(() => JSON.parse(localStorage.getItem('protocolwijzer')));
    assert.equal(seen.seen.version, now.version);
    assert.equal(seen.dropped, undefined);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at 320 px the notice and the page wrap, nothing runs off the edge', async () => {
    const { context, page, problems } = await session.open('#/wat-is-veranderd', { width: 320, height: 640, storage: JSON.parse(saved) });
    const state = await waitForState(page, (s) => s.view === 'changes' && s.items['wijziging:stap:kb-maatregel/melding'], 'the page');
    for (const [name, [x, , w]] of Object.entries(state.items))
      assert.ok(x >= 0 && x + w <= 320, `${name} fits in 320 px: ${x}+${w}`);
    await mirrorShows(page, `Oefening waar je mee bezig was: ${oldTitle}`);
    await screenshot(page, 'changes-page-320');
    await page.evaluate(() => { window.location.hash = '#/'; });
    await waitForState(page, (s) => s.view === 'home' && s.items['naar-wijzigingen'], 'the notice on home');
    await screenshot(page, 'changes-notice-320');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
