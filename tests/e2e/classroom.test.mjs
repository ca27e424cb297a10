// A classroom session in two browsers: the trainer starts it in trainer mode,
// a trainee joins with the code and a nickname, answers, and the trainer sees
// the spread of choices. Without pw-serve's API the app says so and works on.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  clickItem, launchBrowser, mirrorShows, readBundle, reloadPage, screenshot, startServer, typeInto, waitForState, waitReady,
  watchProblems,
} from './lib.mjs';

let dir, server, browser;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-class-'));
  server = await startServer(undefined, { args: ['--db', path.join(dir, 'class.sqlite')] });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(hash, width = 1280, height = 720) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + hash);
  await waitReady(page);
  return { context, page, problems };
}

test('trainer starts a session, a trainee joins and answers, the trainer sees the spread', async () => {
  const id = 'kb-ind-contactpersoon';
  const trainer = await open(`#/oefenen/${id}/trainer`, 1920, 1080);
  await clickItem(trainer.page, 'klas-starten');
  const started = await waitForState(trainer.page, (s) => s.classroom.code, 'a class code');
  const code = started.classroom.code;
  assert.match(code, /^[A-Z2-9]{6}$/);

  const trainee = await open('#/oefenen');
  await typeInto(trainee.page, 'klascode', code.toLowerCase());
  await typeInto(trainee.page, 'bijnaam', 'Uil');
  await clickItem(trainee.page, 'meedoen');
  let state = await waitForState(trainee.page, (s) => s.classroom.joined === code && s.view === 'exercise', 'joined');
  assert.equal(state.route, `#/oefenen/${id}`);
  await mirrorShows(trainee.page, `Je doet mee met klas ${code} als Uil.`, { exact: true });
  await clickItem(trainee.page, 'keuze:actie:wachten');
  await clickItem(trainee.page, 'antwoord-geven');
  state = await waitForState(trainee.page, (s) => s.classroom.shared.includes('aankondiging'), 'answer shared');

  state = await waitForState(trainer.page, (s) => s.classroom.trainees === 1 && s.classroom.answers.aankondiging === 1,
    'the spread at the trainer');
  await mirrorShows(trainer.page, 'Keuzes van de klas', { exact: true });
  assert.deepEqual(state.classroom.participants, [['Uil', 1]]);
  await screenshot(trainer.page, 'trainer-classroom-1920');
  await screenshot(trainee.page, 'trainee-in-class');

  // The trainer takes the nickname out (tests/serve/classroom-api.test.mjs: its token stops working).
  await clickItem(trainer.page, 'verwijder:Uil');
  await waitForState(trainer.page, (s) => s.classroom.participants.length === 0 && s.classroom.trainees === 0,
    'the nickname removed');
  // Ending the session: the panel says so, and nobody joins any more.
  await clickItem(trainer.page, 'klas-beeindigen');
  state = await waitForState(trainer.page, (s) => s.classroom.open === false, 'the session ended');
  await mirrorShows(trainer.page, 'Deze klassessie is afgelopen', { exact: false });
  await screenshot(trainer.page, 'trainer-classroom-ended');
  const late = await fetch(new URL(`/api/sessions/${code}/join`, server.url),
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"nickname":"Laat"}' });
  assert.equal(late.status, 410);
  assert.deepEqual(trainer.problems, []);
  assert.deepEqual(trainee.problems, []);
  await trainer.context.close();
  await trainee.context.close();
});

test('a wrong code is explained, and nothing else breaks', async () => {
  const { context, page, problems } = await open('#/oefenen');
  await typeInto(page, 'klascode', 'ZZZZZZ');
  await typeInto(page, 'bijnaam', 'Das');
  await clickItem(page, 'meedoen');
  const state = await waitForState(page, (s) => s.classroom.message, 'a message');
  assert.match(state.classroom.message, /Onbekende klascode/);
  assert.equal(state.view, 'training');
  assert.deepEqual(problems.filter((p) => !/HTTP 404/.test(p)), []);
  await context.close();
});

test('a reload keeps the class: the trainee rejoins and answers on, the trainer keeps code and spread', async () => {
  const id = 'kb-ind-contactpersoon';
  const scenario = readBundle().files.map((f) => JSON.parse(f.text)).find((d) => d.kind === 'scenario' && d.id === id);
  const trainer = await open(`#/oefenen/${id}/trainer`, 1920, 1080);
  await clickItem(trainer.page, 'klas-starten');
  const code = (await waitForState(trainer.page, (s) => s.classroom.code, 'a class code')).classroom.code;

  const trainee = await open('#/oefenen');
  await typeInto(trainee.page, 'klascode', code);
  await typeInto(trainee.page, 'bijnaam', 'Reiger');
  await clickItem(trainee.page, 'meedoen');
  await waitForState(trainee.page, (s) => s.classroom.joined === code && s.view === 'exercise', 'joined');
  await clickItem(trainee.page, 'keuze:actie:wachten');
  await clickItem(trainee.page, 'antwoord-geven');
  await waitForState(trainee.page, (s) => s.classroom.shared.includes('aankondiging'), 'first answer shared');

  // The trainee reloads: still in the class, told so, and the next answer reaches it.
  await reloadPage(trainee.page, trainee.problems);
  await waitReady(trainee.page);
  let state = await waitForState(trainee.page, (s) => s.classroom.joined === code && /herladen/.test(s.classroom.message),
    'rejoined after the reload');
  assert.deepEqual(state.classroom.shared, ['aankondiging']);
  await mirrorShows(trainee.page, `Na het herladen doe je weer mee met klas ${code} als Reiger`);
  await screenshot(trainee.page, 'trainee-after-reload');
  if (state.training.showingFeedback) await clickItem(trainee.page, 'verder');
  state = await waitForState(trainee.page, (s) => s.training.decision && !s.training.showingFeedback, 'the next decision');
  const next = scenario.decisions.find((d) => d.id === state.training.decision);
  assert.ok(next?.action, `the next decision (${state.training.decision}) asks for an action`);
  await clickItem(trainee.page, `keuze:actie:${next.action.options[0].id}`);
  await clickItem(trainee.page, 'antwoord-geven');
  await waitForState(trainee.page, (s) => s.classroom.shared.includes(next.id), 'the answer after the reload shared');

  // The trainer reloads: the same code, who joined and both answers.
  await reloadPage(trainer.page, trainer.problems);
  await waitReady(trainer.page);
  state = await waitForState(trainer.page, (s) => s.classroom.code === code && s.classroom.participants.length === 1,
    'the class after the trainer\'s reload');
  assert.deepEqual(state.classroom.participants, [['Reiger', 2]]);
  await mirrorShows(trainer.page, `Na het herladen: klas ${code} loopt door.`);
  await screenshot(trainer.page, 'trainer-after-reload-1920');

  // Another tab of the trainee's browser is not in the class (the membership is per tab).
  const other = await trainee.context.newPage();
  await other.goto(server.url + '#/oefenen');
  await waitReady(other);
  state = await waitForState(other, (s) => s.view === 'training', 'a second tab');
  assert.equal(state.classroom.joined, '');
  assert.deepEqual(trainer.problems, []);
  assert.deepEqual(trainee.problems, []);
  await trainer.context.close();
  await trainee.context.close();
});
