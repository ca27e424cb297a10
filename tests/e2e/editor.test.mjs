// A trainer writes an exercise in the app (issue 22), with mouse and keyboard
// only: four decisions picked on the process map, the protocol's answers
// filled in by the app, texts typed, one wrong choice branching past a
// decision; previewed as a trainee, exported, checked by the CLI, imported in
// a fresh browser and played to its debrief with the score the CLI gives for
// the same answers.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  appState, clickItem, launchBrowser, mirrorShows, repoRoot, screenshot, startServer, typeInto, waitForState, waitReady,
  watchProblems, reloadPage,
} from './lib.mjs';

const cli = process.env.PW_CLI || path.join(repoRoot, 'build/native/cli/protocolwijzer');
let server, browser, dir;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-editor-'));
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(hash, width = 1280, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + hash);
  await waitReady(page);
  return { context, page, problems };
}

const editor = async (page) => (await appState(page)).editor;

// The kinds asked at the next decision: exactly these ticked.
async function askKinds(page, kinds) {
  const all = ['action', 'recipients', 'data', 'channel'];
  const ticked = (await editor(page)).nextKinds ?? null;
  for (const k of all) {
    const on = ticked ? ticked.includes(k) : k === 'action';
    if (on !== kinds.includes(k)) await clickItem(page, `soort:${k}`);
  }
}

// The choices of a decision's action question, with the protocol's verdict.
const actionOptions = async (page, index) => (await editor(page)).decisions[index].questions.action;

test('a trainer builds a branching four-decision exercise, previews, exports, imports and plays it', async () => {
  const { page, problems } = await open('#/oefenen');
  await clickItem(page, 'oefening-schrijven');
  await waitForState(page, (s) => s.view === 'editor' && s.editor.open, 'the editor');
  await clickItem(page, 'zaaktype');
  await clickItem(page, 'zaaktype:kb-maatregel');
  await clickItem(page, 'rol');
  await clickItem(page, 'rol:ind-contactpersoon');
  await typeInto(page, 'title', 'Eigen oefening: de familie Karimi');
  await typeInto(page, 'summary', 'Je bent contactpersoon Belang van het Kind bij de IND. De RvdK onderzoekt een gezin.');
  await clickItem(page, 'persoon-erbij');
  await typeInto(page, 'persons[0].name', 'Familie Karimi (fictief)');
  await typeInto(page, 'persons[0].description', 'ouders met Sami (9) en Lina (5)');

  // Four decisions, picked on the map: who, what and how first; then three actions.
  await askKinds(page, ['recipients', 'data', 'channel']);
  await clickItem(page, 'kies-stap:verblijfsinformatie');
  await waitForState(page, (s) => s.editor.decisions.length === 1, 'the first decision');
  await askKinds(page, ['action']);
  for (const [n, step] of [[2, 'overdrachtsdossier'], [3, 'resultaten-onderzoek'], [4, 'bekend-in-keten']]) {
    await clickItem(page, `kies-stap:${step}`);
    await waitForState(page, (s) => s.editor.decisions.length === n, `decision ${n}`);
  }
  let state = await editor(page);
  assert.deepEqual(state.decisions.map((d) => d.step),
    ['verblijfsinformatie', 'overdrachtsdossier', 'resultaten-onderzoek', 'bekend-in-keten']);
  assert.equal(state.playable, false, 'situations and feedback are not written yet');
  await screenshot(page, 'editor-decisions-1280');

  // Each decision written: its situation; for an action, why each choice is
  // (not) right and what a wrong one does to the story.
  for (let i = 0; i < 4; i++) {
    await clickItem(page, `beslismoment:${i}`);
    // The first typed key by key, the rest committed whole (as dictation would): the same fields, in less time.
    await typeInto(page, `decisions[${i}].situation`, `Situatie ${i + 1}: de RvdK onderzoekt de zorgen om Sami en Lina Karimi (fictief).`,
      { whole: i > 0 });
    if (i === 0) continue;
    const options = await actionOptions(page, i);
    for (let j = 0; j < options.length; j++) {
      const at = `decisions[${i}].action.options[${j}]`;
      await typeInto(page, `${at}.feedback`, options[j].credit >= 1 ? 'Zo vraagt het protocol het.' : 'Dat is hier niet de stap.',
        { whole: true });
      // At decision 2 the first wrong choice goes its own way: past decision 3, to decision 4.
      if (i === 1 && options[j].credit < 1 && !options.slice(0, j).some((o) => o.credit < 1)) {
        await clickItem(page, `${at}.next`);
        await clickItem(page, `${at}.next:${state.decisions[3].id}`);
        continue;
      }
      if (options[j].credit < 1) await typeInto(page, `${at}.consequence`, 'Het dossier blijft liggen; de RvdK wacht.', { whole: true });
    }
  }
  state = (await waitForState(page, (s) => s.editor.checked && s.editor.kept && s.editor.shareable,
    'a complete exercise', 30000).catch(async () => {
    throw new Error(`not complete: ${JSON.stringify((await editor(page)).findings)}`);
  })).editor;
  const branch = state.decisions[1].questions.action.find((o) => o.next === state.decisions[3].id);
  assert.ok(branch && branch.credit < 1, 'a wrong choice at decision 2 branches to decision 4');
  await screenshot(page, 'editor-complete-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  await screenshot(page, 'editor-complete-1920');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The answers played: the protocol's at 1, the branching mistake at 2, the right action at 4.
  const [d1, d2, , d4] = state.decisions;
  const right4 = d4.questions.action.find((o) => o.credit >= 1).id;
  const answers = { [d1.id]: d1.protocol, [d2.id]: { action: branch.id }, [d4.id]: { action: right4 } };
  const play = async (p) => {
    await waitForState(p, (s) => s.training.decision === d1.id, 'the first decision');
    for (const id of d1.protocol.recipients) await clickItem(p, `keuze:ontvanger:${id}`);
    for (const id of d1.protocol.data) await clickItem(p, `keuze:gegeven:${id}`);
    await clickItem(p, `keuze:kanaal:${d1.protocol.channel}`);
    for (const [decision, option] of [[null, null], [d2.id, branch.id], [d4.id, right4]]) {
      if (decision) {
        await waitForState(p, (s) => s.training.decision === decision && !s.training.showingFeedback, decision);
        await clickItem(p, `keuze:actie:${option}`);
      }
      await clickItem(p, 'antwoord-geven');
      await waitForState(p, (s) => s.training.showingFeedback, 'feedback').catch(async (e) => {
        const s = await appState(p);
        throw new Error(`no feedback: ${JSON.stringify({ view: s.view, route: s.route, training: s.training, notice: s.notice })}`);
      });
      await clickItem(p, 'verder');
    }
    return waitForState(p, (s) => s.view === 'debrief', 'the debrief');
  };

  // Preview as a trainee: nothing of it goes into the progress.
  await clickItem(page, 'voorbeeld');
  await waitForState(page, (s) => s.view === 'exercise', 'the preview');
  const previewed = (await play(page)).training;
  assert.equal(previewed.answered, 3, 'decision 3 is skipped by the branch');

  // Exported as a file of content/scenarios/; the CLI validates and plays it.
  await clickItem(page, 'terug-naar-editor');
  await waitForState(page, (s) => s.view === 'editor', 'back in the editor');
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'exporteren')]);
  assert.equal(download.suggestedFilename(), `${state.id}.json`);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const content = path.join(dir, 'content');
  cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(content, 'manifest.json'), 'utf8'));
  manifest.files.push(`scenarios/${state.id}.json`);
  writeFileSync(path.join(content, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(content, 'scenarios', `${state.id}.json`), text);
  const validate = spawnSync(cli, ['validate', '--content', content], { encoding: 'utf8' });
  assert.equal(validate.status, 0, validate.stdout + validate.stderr);
  writeFileSync(path.join(dir, 'answers.json'), JSON.stringify(answers));
  const expected = JSON.parse(execFileSync(cli, ['play', state.id, '--answers', path.join(dir, 'answers.json'),
    '--json', '--content', content], { encoding: 'utf8' }));
  assert.equal(previewed.score.points, expected.total);
  assert.equal(previewed.score.max, expected.max);
  assert.equal(previewed.ending.id, expected.ending.id);
  assert.deepEqual(problems, []);

  // A fresh browser knows nothing of it: imported from the file, then played.
  const fresh = await open('#/oefenen');
  assert.deepEqual((await appState(fresh.page)).editor.library, []);
  const [chooser] = await Promise.all([fresh.page.waitForEvent('filechooser'), clickItem(fresh.page, 'oefening-importeren')]);
  await chooser.setFiles({ name: `${state.id}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  await waitForState(fresh.page, (s) => s.view === 'editor' && s.editor.id === state.id && s.editor.playable,
    'the imported exercise in the editor');
  await clickItem(fresh.page, 'naar-oefeningen');
  await clickItem(fresh.page, `oefening:${state.id}`);
  await waitForState(fresh.page, (s) => s.view === 'exercise' && s.route === `#/oefenen/${state.id}`, 'playing it');
  const played = (await play(fresh.page)).training;
  assert.deepEqual([played.score.points, played.score.max, played.ending.id],
    [expected.total, expected.max, expected.ending.id]);
  await screenshot(fresh.page, 'editor-imported-debrief-1280');
  assert.deepEqual(fresh.problems, []);
});

test('a reload of the tab restores the draft being written', async () => {
  const { page, problems } = await open('#/oefenen/nieuw');
  await typeInto(page, 'title', 'Half geschreven (oefening)');
  await clickItem(page, 'kies-stap:melding');
  // Kept, and the address bar names it (the reload opens that address).
  const id = (await waitForState(page, (s) => s.editor.kept && s.editor.decisions.length === 1 &&
    s.route === `#/oefenen/${s.editor.id}/bewerken`, 'kept')).editor.id;
  await page.waitForFunction((want) => window.location.hash === want, `#/oefenen/${id}/bewerken`);
  await reloadPage(page, problems);
  await waitReady(page);
  const state = await waitForState(page, (s) => s.view === 'editor' && s.editor.open, 'the editor again');
  assert.equal(state.route, `#/oefenen/${id}/bewerken`);
  assert.equal(state.editor.decisions.length, 1);
  assert.deepEqual(problems, []);
});

test('a file that is no exercise is refused with a reason', async () => {
  const { page } = await open('#/oefenen');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'oefening-importeren')]);
  await chooser.setFiles({ name: 'voortgang.json', mimeType: 'application/json',
    buffer: Buffer.from('{"app": "protocolwijzer", "version": 3, "visited": []}') });
  // The notice is in the state at once, in the mirror from the next frame drawn.
  await mirrorShows(page, '"voortgang.json" is niet geïmporteerd.');
  assert.deepEqual((await appState(page)).editor.library, []);
});
