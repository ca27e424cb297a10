// A trainer's own exercise in a class session (issue 22): the trainer's app
// publishes it with the session, a trainee in another browser context joins by
// code and plays it to its debrief without importing anything, and the
// trainer sees the spread.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  clickItem, launchBrowser, mirrorShows, reloadPage, repoRoot, screenshot, startServer, typeInto, waitForState, waitReady,
  watchProblems,
} from './lib.mjs';

let dir, server, browser;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-class-exercise-'));
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

// A trainer's copy of a shipped exercise: its own id and title; its people are fictional.
const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'content/scenarios/voogdij-ind-contactpersoon.json'), 'utf8'));
const exercise = { ...shipped, id: 'eigen-voogdij-contactpersoon', title: 'Eigen oefening: informatie over een voogdijkind' };

// Answers one decision: the choices clicked, the answer given, shared with the class, then on.
async function answer(page, decision, choices) {
  await waitForState(page, (s) => s.training.decision === decision && !s.training.showingFeedback, `decision ${decision}`);
  for (const choice of choices) await clickItem(page, `keuze:${choice}`);
  await clickItem(page, 'antwoord-geven');
  await waitForState(page, (s) => s.training.showingFeedback && s.classroom.shared.includes(decision), `${decision} shared`);
  await clickItem(page, 'verder');
}

test('a trainer publishes an authored exercise; a trainee joins by code and plays it to its debrief', async () => {
  const trainer = await open('#/oefenen', 1920, 1080);
  // The trainer imports the file into the editor and publishes it from there;
  // the trainer view's "Klassessie starten" sends it with the session.
  const [chooser] = await Promise.all([trainer.page.waitForEvent('filechooser'), clickItem(trainer.page, 'oefening-importeren')]);
  await chooser.setFiles({ name: `${exercise.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exercise)) });
  await waitForState(trainer.page, (s) => s.view === 'editor' && s.editor.id === exercise.id && s.editor.shareable,
    'the exercise in the editor, fit to share');
  await clickItem(trainer.page, 'publiceren');
  await waitForState(trainer.page, (s) => s.view === 'trainer' && s.route === `#/oefenen/${exercise.id}/trainer`,
    'the trainer view of the own exercise');
  await mirrorShows(trainer.page, exercise.title);
  await clickItem(trainer.page, 'klas-starten');
  const code = (await waitForState(trainer.page, (s) => s.classroom.code, 'a class code')).classroom.code;

  // Another browser context knows nothing of the exercise: the session brings it.
  const trainee = await open('#/oefenen');
  assert.deepEqual((await waitForState(trainee.page, (s) => s.status === 'ready', 'ready')).authoredExercises, []);
  await typeInto(trainee.page, 'klascode', code);
  await typeInto(trainee.page, 'bijnaam', 'Uil');
  await clickItem(trainee.page, 'meedoen');
  let state = await waitForState(trainee.page, (s) => s.classroom.joined === code && s.view === 'exercise', 'joined');
  assert.equal(state.route, `#/oefenen/${exercise.id}`);
  assert.deepEqual(state.authoredExercises, [exercise.id]);
  await mirrorShows(trainee.page, exercise.title);

  await answer(trainee.page, 'status', ['ontvanger:rvdk-contactpersoon', 'gegeven:naw', 'kanaal:beveiligde-mail']);
  // A reload: the app starts without the exercise; the session brings it again.
  await reloadPage(trainee.page, trainee.problems);
  await waitReady(trainee.page);
  state = await waitForState(trainee.page, (s) => s.classroom.joined === code && /herladen/.test(s.classroom.message) &&
    s.view === 'exercise', 'rejoined after the reload, in the exercise');
  assert.equal(state.route, `#/oefenen/${exercise.id}`);
  assert.deepEqual(state.classroom.shared, ['status']);
  assert.deepEqual(state.authoredExercises, [exercise.id]);
  // The class's exercise is not the content's: nothing of it is told as a
  // change of the content.
  assert.equal(state.contentChanges.pending, false);
  assert.deepEqual(state.contentChanges.changes, []);
  // Known gap: a run of a trainer's own exercise is not kept in the progress
  // (not the content's), so after a reload the trainee starts it again (the
  // class keeps one answer per decision).
  assert.equal(state.training.decision, 'status');
  await answer(trainee.page, 'status', ['ontvanger:rvdk-contactpersoon', 'gegeven:naw', 'kanaal:beveiligde-mail']);
  await answer(trainee.page, 'voogdij', ['beslisser:wegen']);
  await answer(trainee.page, 'signaal', [`route:${exercise.decisions[3].escalation.venues[0]}`]);
  state = await waitForState(trainee.page, (s) => s.view === 'debrief', 'the debrief');
  // Scored by the exercise the session brought: these answers miss on the
  // data and on the route (the first venue is not the protocol's).
  assert.deepEqual(state.training.score, { points: 3, max: 5 });
  assert.equal(state.training.ending.id, 'met-schade');
  // The decision answered twice counts once, as the class counts it.
  assert.deepEqual(state.classroom.shared, ['status', 'voogdij', 'signaal']);
  await screenshot(trainee.page, 'trainee-own-exercise-debrief');

  state = await waitForState(trainer.page, (s) => s.classroom.trainees === 1 &&
    ['status', 'voogdij', 'signaal'].every((d) => s.classroom.answers[d] === 1), 'the spread at the trainer');
  assert.deepEqual(state.classroom.participants, [['Uil', 3]]);
  await mirrorShows(trainer.page, 'Keuzes van de klas', { exact: true });
  await screenshot(trainer.page, 'trainer-own-exercise-1920');
  assert.deepEqual(trainer.problems, []);
  assert.deepEqual(trainee.problems, []);
  await trainer.context.close();
  await trainee.context.close();
});

test('the trainer sees why the server refuses an exercise with personal data', async () => {
  const trainer = await open('#/oefenen', 1920, 1080);
  // The editor refuses to share this already; the server checks on its own,
  // so it is brought in by the test hook and published from the trainer view.
  const named = { ...exercise, id: 'eigen-met-naam', persons: [{ ...exercise.persons[0], name: 'Hana Jansen' }] };
  named.decisions = named.decisions.map((d) => ({ ...d, situation: d.situation.replaceAll('Hana', 'Hana Jansen') }));
  assert.equal(await trainer.page.evaluate((text) => window.protocolwijzer.addExercise(text), JSON.stringify(named)), '');
  await trainer.page.evaluate(() => { window.location.hash = '#/oefenen/eigen-met-naam/trainer'; });
  await waitForState(trainer.page, (s) => s.view === 'trainer', 'the trainer view');
  await clickItem(trainer.page, 'klas-starten');
  const state = await waitForState(trainer.page, (s) => s.classroom.message, 'the refusal');
  assert.match(state.classroom.message, /persoonsgegevens/);
  assert.equal(state.classroom.code, '');
  await mirrorShows(trainer.page, 'Deze oefening kan niet worden gedeeld');
  assert.deepEqual(trainer.problems.filter((p) => !/HTTP 422/.test(p)), []);
  await trainer.context.close();
});
