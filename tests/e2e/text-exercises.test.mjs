// The exercises of the text version (oefening.html), as a keyboard or
// screen-reader user meets them: every exercise played to its debrief with
// native form controls, scored exactly as `protocolwijzer play` scores the same
// answers, and the same as the app scores them (exercises that between them ask
// every kind of question, played in both); axe-core finds nothing of impact moderate or higher before and after
// answering and on the debrief; Tab, Space and Enter alone answer a decision
// and focus lands on the feedback's heading; the page works offline from the
// service worker's cache.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  axeViolations, clickItem, launchBrowser, leavePage, readBundle, repoRoot, screenshot, startServer, waitForState, waitReady,
  watchProblems,
} from './lib.mjs';

const cli = process.env.PW_CLI || path.join(repoRoot, 'build/native/cli/protocolwijzer');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-text-exercises-'));
const exercises = JSON.parse(execFileSync(cli, ['exercises', '--json'], { encoding: 'utf8' })).exercises;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function open(url, options = {}) {
  // bypassCSP lets the test inject axe; the page itself runs under its real policy otherwise.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30000 });
  return { context, page, problems };
}

// Nothing of impact moderate or higher.
const axe = (page) => axeViolations(page, ['moderate', 'serious', 'critical']);


// A trainee who answers by a fixed rule, from what the form offers: the first
// choices ("first") or the last ones ("last"). Fills the form by clicking its
// controls and returns the answer in the CLI's format.
async function fillForm(page, rule) {
  const sets = await page.locator('form.decision fieldset').all();
  const answer = {};
  for (const set of sets) {
    const kind = await set.getAttribute('data-kind');
    const selects = await set.locator('select').all();
    if (selects.length) {
      const ids = await selects[0].locator('option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v));
      const ordered = rule === 'first' ? ids : [...ids].reverse();
      const chosen = kind === 'escalation' ? ordered.slice(0, rule === 'first' ? 2 : 1) : ordered;
      for (let i = 0; i < chosen.length; i++) await selects[i].selectOption(chosen[i]);
      answer[kind] = chosen;
      continue;
    }
    const inputs = await set.locator('input').all();
    const type = await inputs[0].getAttribute('type');
    let picks;
    if (type === 'radio') picks = [rule === 'first' ? inputs[0] : inputs[inputs.length - 1]];
    else if (kind === 'data') picks = rule === 'first' ? inputs.slice(0, 1) : [];
    else picks = rule === 'first' ? inputs.slice(0, 1) : inputs.slice(-2);
    const ids = [];
    for (const input of picks) {
      await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
      ids.push(await input.getAttribute('value'));
    }
    answer[kind] = type === 'radio' ? ids[0] : ids;
  }
  return answer;
}

// Plays an exercise from its first decision to its debrief; what the page showed.
// With `axeKinds` (a set), axe checks each decision that asks a kind of question
// not checked before, its feedback, and then the debrief: every page is one
// template, so each kind of control is checked once rather than on all 26 exercises.
async function playThrough(page, rule, { axeKinds = null } = {}) {
  const answers = {}, shown = [];
  let checked = false;
  for (let n = 1; n <= 30; n++) {
    const decision = await page.getAttribute('section.decision', 'data-decision');
    const kinds = await page.locator('form.decision fieldset').evaluateAll((fs) => fs.map((f) => f.dataset.kind));
    const check = axeKinds !== null && kinds.some((k) => !axeKinds.has(k));
    kinds.forEach((k) => axeKinds?.add(k));
    if (check) assert.deepEqual(await axe(page), [], `axe on a decision asking ${kinds}`);
    answers[decision] = await fillForm(page, rule);
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'terugkoppeling-kop');
    shown.push({ decision, heading: await page.textContent('#terugkoppeling-kop') });
    if (check) assert.deepEqual(await axe(page), [], 'axe on the feedback');
    checked ||= check;
    const goOn = page.locator('section.feedback button.primary');
    const toDebrief = (await goOn.textContent()) === 'Naar de nabespreking';
    await goOn.click();
    if (toDebrief) break;
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'beslismoment-kop');
  }
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'nabespreking-kop');
  if (checked) assert.deepEqual(await axe(page), [], 'axe on the debrief');
  return { answers, shown };
}

// The same answers through `protocolwijzer play`.
function playWithCli(id, answers) {
  const file = path.join(tmp, `${id}.json`);
  writeFileSync(file, JSON.stringify(answers));
  return JSON.parse(execFileSync(cli, ['play', id, '--answers', file, '--json'], { encoding: 'utf8' }));
}

// Rows of a ';'-separated CSV with "quoted" fields ("" inside for a quote).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const dutch = (n) => String(Math.round(n * 10) / 10).replace('.', ',');

describe('the exercises in the text version', () => {
  test('tekst.html lists every exercise, linking to its page', async () => {
    const { context, page, problems } = await open(server.url + 'oefening.html');
    // What oefening.html still had in flight is aborted by leaving it.
    await leavePage(page, problems, () => page.goto(server.url + 'tekst.html'));
    const links = await page.locator('#oefeningen a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, exercises.map((e) => `oefening.html#${e.id}`));
    assert.equal(await page.locator('nav a[href="#oefeningen"]').count(), 1, 'in the table of contents');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every exercise plays to its debrief with the score the core gives the same answers', async () => {
    const { context, page, problems } = await open(server.url + 'oefening.html');
    assert.deepEqual(await axe(page), [], 'axe on the list');
    const axeKinds = new Set();
    for (const [i, ex] of exercises.entries()) {
      const rule = i % 2 === 0 ? 'first' : 'last';
      await page.goto(server.url + 'oefening.html#' + ex.id);
      await page.waitForSelector('section.decision');
      const played = await playThrough(page, rule, { axeKinds });
      const cliRun = playWithCli(ex.id, played.answers);
      assert.deepEqual(Object.keys(played.answers), cliRun.path.map((o) => o.decision), `${ex.id}: the same path`);
      cliRun.path.forEach((o, k) => assert.match(played.shown[k].heading,
        new RegExp(`: ${dutch(o.points)} van ${dutch(o.max)} punt`), `${ex.id}/${o.decision}: the same points`));
      const total = await page.textContent('.debrief p.total');
      assert.equal(total, `Totaal: ${dutch(cliRun.total)} van ${dutch(cliRun.max)} ${cliRun.max === 1 ? 'punt' : 'punten'}`, ex.id);
      const ending = await page.textContent('.debrief p:has(strong:text-is("Afloop: "))');
      assert.ok(ending.includes(cliRun.ending.title), `${ex.id}: ending ${cliRun.ending.title}, page says ${ending}`);
      // One row per decision and one per dimension, as the core counts them.
      assert.equal(await page.locator('table').nth(0).locator('tbody tr').count(), cliRun.path.length);
      assert.equal(await page.locator('table').nth(1).locator('tbody tr').count(), cliRun.dimensions.length);
      // The CSV download holds the core's rows: their points add up to the total.
      const csv = await page.evaluate(async () => (await fetch(document.querySelector('a[download]').href)).text());
      const rows = parseCsv(csv);
      const column = rows[0].indexOf('punten');
      assert.ok(column > 0, `a column "punten" in ${rows[0]}`);
      assert.ok(rows.slice(1).every((r) => r[0] === ex.id && r.length === rows[0].length), `${ex.id}: CSV rows`);
      const sum = rows.slice(1).reduce((s, r) => s + Number(r[column].replace(',', '.')), 0);
      assert.ok(Math.abs(sum - cliRun.total) < 1e-6, `${ex.id}: CSV points ${sum} vs ${cliRun.total}`);
    }
    // Radio buttons, checkboxes and selects were all on pages axe checked.
    for (const kind of ['action', 'recipients', 'order']) assert.ok(axeKinds.has(kind), `axe saw a ${kind} question`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('feedback names each source by its title and locator, never a file name', async () => {
    const { context, page, problems } = await open(server.url + 'oefening.html#' + exercises[0].id);
    await fillForm(page, 'first');
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    const sources = await page.locator('ul.sources li').allTextContents();
    assert.ok(sources.length > 0, 'the feedback has sources');
    for (const s of sources) {
      assert.match(s, /^Bron: [^,]+, /, s);
      assert.doesNotMatch(s, /\.(txt|pdf|md)\b/, s);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an unanswered question is named in its group, and focus goes to it', async () => {
    const { context, page, problems } = await open(server.url + 'oefening.html#' + exercises[0].id);
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    const error = page.locator('fieldset p.error:not([hidden])').first();
    assert.match(await error.textContent(), /^Kies bij “.+” een antwoord\.$/);
    assert.equal(await page.evaluate(() => document.activeElement.closest('fieldset') !== null), true);
    assert.equal(await page.locator('#terugkoppeling-kop').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wrong address and unreadable saved answers get a clear answer, not a broken page', async () => {
    const { context, page, problems } = await open(server.url + 'oefening.html#bestaat-niet');
    assert.equal(await page.textContent('[role="alert"]'), 'Deze oefening bestaat niet.');
    assert.equal(await page.getByRole('link', { name: 'Naar de lijst met oefeningen' }).count(), 1);
    // Saved answers that no longer fit (or are not JSON at all): the exercise starts afresh.
    await page.evaluate((id) => sessionStorage.setItem('pw-oefening:' + id, '{"answers": [{"action": "x"}], "phase": "feedback"}'), exercises[0].id);
    await page.goto(server.url + 'oefening.html#' + exercises[0].id);
    await page.waitForSelector('section.decision');
    assert.equal(await page.textContent('#beslismoment-kop'), 'Beslismoment 1');
    await page.evaluate((id) => sessionStorage.setItem('pw-oefening:' + id, 'geen json'), exercises[1].id);
    await page.goto(server.url + 'oefening.html#' + exercises[1].id);
    await page.waitForSelector('section.decision');
    assert.equal(await page.textContent('#beslismoment-kop'), 'Beslismoment 1');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Tab, Space and Enter alone answer a decision; focus lands on the feedback, then on the next decision', async () => {
    // An exercise whose first decision has no select (a select's popup is not part of this journey).
    const ex = exercises.find((e) => {
      const first = e.decisions.find((d) => d.id === e.start);
      return first && first.questions.every((q) => !['order', 'escalation'].includes(q.kind));
    });
    const { context, page, problems } = await open(server.url + 'oefening.html#' + ex.id);
    let presses = 0;
    for (;;) {
      assert.ok(++presses < 200, 'the submit button is reachable with Tab');
      const here = await page.evaluate(() => {
        const a = document.activeElement;
        const set = a && a.closest('fieldset');
        return {
          tag: a ? a.tagName : '', type: a ? a.type : '', text: a ? a.textContent : '',
          groupChecked: set ? set.querySelectorAll('input:checked').length : 0,
          firstInGroup: set ? set.querySelector('input') === a : false,
        };
      });
      if (here.tag === 'BUTTON' && here.text === 'Antwoord geven') break;
      if (here.tag === 'INPUT' && here.groupChecked === 0 && here.firstInGroup) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'terugkoppeling-kop');
    assert.match(await page.textContent('#terugkoppeling-kop'), /^Terugkoppeling beslismoment 1: /);
    const shot = await screenshot(page, 'text-exercise-feedback-keyboard');
    assert.ok(shot.differing > 0.02, 'the feedback is drawn');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement.textContent);
      if (/^(Verder naar beslismoment|Naar de nabespreking)/.test(text)) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => ['beslismoment-kop', 'nabespreking-kop'].includes(document.activeElement.id));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots of a decision, its feedback and the debrief', async () => {
    // One that starts with recipients, data and a channel: checkboxes as well as radio buttons.
    const ex = exercises.find((e) => e.decisions.find((d) => d.id === e.start).questions.some((q) => q.kind === 'recipients'));
    const { context, page, problems } = await open(server.url + 'oefening.html#' + ex.id);
    let shot = await screenshot(page, 'text-exercise-decision');
    assert.ok(shot.differing > 0.02 && shot.colours > 5, 'the decision is drawn');
    await fillForm(page, 'first');
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    await page.waitForSelector('#terugkoppeling-kop');
    shot = await screenshot(page, 'text-exercise-feedback');
    assert.ok(shot.differing > 0.02, 'the feedback is drawn');
    await page.locator('section.feedback button.primary').click();
    if (await page.locator('section.decision').count()) await playThrough(page, 'first');
    await page.waitForSelector('#nabespreking-kop');
    await page.locator('#nabespreking-kop').scrollIntoViewIfNeeded();
    shot = await screenshot(page, 'text-exercise-debrief');
    assert.ok(shot.differing > 0.02, 'the debrief is drawn');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The app's control for a choice: `keuze:<probe>:<id>` (web/README.md).
const appProbe = {
  action: 'actie', recipients: 'ontvanger', data: 'gegeven', channel: 'kanaal', judgement: 'oordeel',
  decides: 'beslisser', wording: 'formulering', missing: 'ontbrekend', order: 'volgorde', escalation: 'route',
};

// Exercises that between them ask every kind of question, read from the
// shipped content: the fewest, taken greedily (each adds kinds not yet asked).
function exercisesCoveringEveryKind() {
  const kindsOf = new Map();
  for (const f of readBundle().files) {
    const doc = JSON.parse(f.text);
    if (doc.kind !== 'scenario') continue;
    // A decision's key in content/scenarios/ per kind of question: the same, but "channels".
    const key = (kind) => (kind === 'channel' ? 'channels' : kind);
    kindsOf.set(doc.id, new Set(doc.decisions.flatMap((d) => Object.keys(appProbe).filter((k) => d[key(k)]))));
  }
  const picked = [], asked = new Set();
  for (;;) {
    let best = null, gain = 0;
    for (const [id, kinds] of kindsOf) {
      const adds = [...kinds].filter((k) => !asked.has(k)).length;
      if (adds > gain) { best = id; gain = adds; }
    }
    if (!best) break;
    picked.push(best);
    kindsOf.get(best).forEach((k) => asked.add(k));
  }
  assert.deepEqual([...asked].sort(), Object.keys(appProbe).sort(), 'the content asks every kind of question');
  return picked;
}

describe('the text version and the app score alike', () => {
  test('the same answers, given in the text version and in the app, get the same points per decision and in total', async () => {
    const picked = exercisesCoveringEveryKind();
    const { context, page, problems } = await open(server.url + 'oefening.html');
    const appContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const app = await appContext.newPage();
    const appProblems = watchProblems(app);
    for (const [i, id] of picked.entries()) {
      await page.goto(server.url + 'oefening.html#' + id);
      await page.waitForSelector('section.decision');
      const played = await playThrough(page, i % 2 === 0 ? 'last' : 'first');
      const textTotal = await page.textContent('.debrief p.total');

      await app.goto(server.url + '#/oefenen');
      await waitReady(app);
      await waitForState(app, (s) => s.view === 'training', 'the exercise list');
      await clickItem(app, `oefening:${id}`);
      for (const [k, [decision, answer]] of Object.entries(played.answers).entries()) {
        await waitForState(app, (s) => s.training.decision === decision && !s.training.showingFeedback,
          `${id}: decision ${decision}`);
        for (const [kind, value] of Object.entries(answer))
          for (const choice of [value].flat().filter((v) => v)) await clickItem(app, `keuze:${appProbe[kind]}:${choice}`);
        await clickItem(app, 'antwoord-geven');
        const state = await waitForState(app, (s) => s.training.showingFeedback, `${id}/${decision}: feedback`);
        const points = state.training.lastOutcome.feedback.reduce((sum, f) => sum + f.points, 0);
        const max = state.training.lastOutcome.feedback.reduce((sum, f) => sum + f.max, 0);
        assert.match(played.shown[k].heading, new RegExp(`: ${dutch(points)} van ${dutch(max)} punt`),
          `${id}/${decision}: the app gave ${points} of ${max}`);
        await clickItem(app, 'verder');
      }
      const state = await waitForState(app, (s) => s.view === 'debrief', `${id}: the app's debrief`);
      const { points, max } = state.training.score;
      assert.equal(textTotal, `Totaal: ${dutch(points)} van ${dutch(max)} ${max === 1 ? 'punt' : 'punten'}`, id);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(appProblems, []);
    await appContext.close();
    await context.close();
  });
});

describe('the exercises offline', () => {
  test('after a visit to the app, an exercise opens and scores with the network gone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url);
    await waitReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.protocolwijzer.offlineReady,
      null, { timeout: 20000 });
    await context.setOffline(true);
    // What the app still had in flight is aborted by leaving it.
    await leavePage(page, problems, async () => {
      await page.goto(server.url + 'oefening.html#' + exercises[0].id);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30000 });
    });
    await fillForm(page, 'first');
    await page.getByRole('button', { name: 'Antwoord geven' }).click();
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'terugkoppeling-kop');
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });
});
