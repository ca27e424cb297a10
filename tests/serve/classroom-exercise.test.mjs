// A trainer publishes an exercise of their own to a class session (issue 22):
// the server reads and checks it with the core, keeps it with the session,
// hands it to whoever joins, and checks answers and the spread against it.
// Refused: an exercise with errors, with personal data, with a shipped id, a
// body that is not one, and one too large.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot, startServer } from '../e2e/lib.mjs';

let dir, server;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-class-exercise-'));
  server = await startServer(undefined, { args: ['--db', path.join(dir, 'klas.sqlite')] });
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// One API call from a given loopback address; `raw` is sent as it is.
function call(method, target, { body, raw, key, from = '127.0.0.1' } = {}) {
  return new Promise((resolve, reject) => {
    const data = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    const req = http.request({
      host: '127.0.0.1', port: server.port, method, path: target, localAddress: from, agent: false,
      headers: { ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        ...(key ? { 'X-Trainer-Key': key } : {}) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

// A trainer's own copy of a shipped exercise: its own id and title, fictional people only.
function ownExercise() {
  const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'content/scenarios/voogdij-ind-contactpersoon.json'), 'utf8'));
  return { ...shipped, id: 'eigen-voogdij-contactpersoon', title: 'Eigen oefening: informatie over een voogdijkind' };
}
const publish = (exercise, from) => call('POST', '/api/sessions', { body: { exercise }, from });

describe('a published exercise', () => {
  test('is kept with the session, handed to a trainee who joins, and answers count against it', async () => {
    const exercise = ownExercise();
    const from = '127.0.10.1';
    // Pretty-printed as a file is: larger than the 16 KiB every other request may send.
    const raw = JSON.stringify({ exercise }, null, 2).padEnd(30 * 1024, ' ');
    assert.ok(raw.length > 16 * 1024, `the body is ${raw.length} bytes`);
    const created = await call('POST', '/api/sessions', { raw, from });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { code, trainerKey, scenario } = created.body;
    assert.equal(scenario, exercise.id);

    const info = await call('GET', `/api/sessions/${code}`, { from: '127.0.10.2' });
    assert.equal(info.body.scenario, exercise.id);
    assert.equal(info.body.exercise.id, exercise.id);
    assert.equal(info.body.exercise.title, exercise.title);
    const joined = await call('POST', `/api/sessions/${code}/join`, { body: { nickname: 'Uil' }, from: '127.0.10.2' });
    assert.equal(joined.status, 201);
    assert.deepEqual(joined.body.exercise.decisions.map((d) => d.id), exercise.decisions.map((d) => d.id));
    assert.equal(joined.body.exercise.persons[0].name, 'Hana (fictief)');

    const answer = (decision, given) => call('POST', `/api/sessions/${code}/answers`,
      { body: { token: joined.body.token, decision, answer: given }, from: '127.0.10.2' });
    const ok = await answer('status', { recipients: ['rvdk-contactpersoon'], data: ['naw'], channel: 'beveiligde-mail' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    // A decision of a shipped exercise is not one of this session's.
    assert.equal((await answer('aankondiging', { action: 'wachten' })).status, 422);
    assert.equal((await answer('status', { recipients: ['bestaat-niet'] })).status, 422);
    const spread = (await call('GET', `/api/sessions/${code}/spread`, { key: trainerKey, from })).body;
    assert.equal(spread.scenario, exercise.id);
    const status = spread.decisions.find((d) => d.decision === 'status');
    assert.equal(status.answers, 1);
    assert.deepEqual(status.recipients, { 'rvdk-contactpersoon': 1 });
    assert.equal(status.channel['beveiligde-mail'], 1);
    assert.equal((await call('PUT', `/api/sessions/${code}/decision`, { body: { decision: 'lek' }, key: trainerKey, from })).status, 200);
  });

  test('a session of a shipped exercise carries no exercise', async () => {
    const created = await call('POST', '/api/sessions', { body: { scenario: 'kb-ind-contactpersoon' }, from: '127.0.11.1' });
    const info = await call('GET', `/api/sessions/${created.body.code}`, { from: '127.0.11.1' });
    assert.equal(info.body.exercise, undefined);
    const joined = await call('POST', `/api/sessions/${created.body.code}/join`, { body: { nickname: 'Das' }, from: '127.0.11.2' });
    assert.equal(joined.body.exercise, undefined);
  });
});

describe('refused', () => {
  // Each test its own laptop: every attempt to publish counts as a new session.
  let laptop = 20;
  const next = () => `127.0.12.${laptop++}`;
  test('an exercise with errors: 422 with the first findings and their fields', async () => {
    const broken = ownExercise();
    broken.decisions = broken.decisions.map((d, i) => (i === 0 ? { ...d, step: 'geen-stap', situation: '' } : d));
    const r = await publish(broken, next());
    assert.equal(r.status, 422);
    assert.match(r.body.error, /kan nog niet worden gespeeld/);
    assert.ok(r.body.findings.length >= 1 && r.body.findings.length <= 3, JSON.stringify(r.body));
    assert.ok(r.body.findings.some((f) => f.field.startsWith('decisions[0]')), JSON.stringify(r.body.findings));
    assert.ok(r.body.error.includes(r.body.findings[0].message));
  });

  test('personal data blocks sharing: a real-looking name, a BSN-like number', async () => {
    const named = ownExercise();
    named.persons = [{ ...named.persons[0], name: 'Hana Jansen' }];
    named.decisions = named.decisions.map((d) => ({ ...d, situation: d.situation.replaceAll('Hana', 'Hana Jansen') }));
    let r = await publish(named, next());
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.match(r.body.error, /persoonsgegevens/);
    assert.ok(r.body.findings.some((f) => f.field.startsWith('persons[0]')), JSON.stringify(r.body.findings));

    const numbered = ownExercise();
    numbered.decisions = numbered.decisions.map((d, i) => (i === 0 ? { ...d, situation: `${d.situation} Haar nummer is 111222333.` } : d));
    r = await publish(numbered, next());
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.match(r.body.error, /persoonsgegevens/);
    assert.ok(r.body.findings.some((f) => f.field === 'decisions[0].situation'), JSON.stringify(r.body.findings));
  });

  test('the id of a shipped exercise: the copy needs its own', async () => {
    const r = await publish({ ...ownExercise(), id: 'voogdij-ind-contactpersoon' }, next());
    assert.equal(r.status, 422);
    assert.match(r.body.error, /al een oefening met het id "voogdij-ind-contactpersoon"/);
  });

  test('not an exercise: 400 for a string or both fields, 422 for another kind of file', async () => {
    const from = next();
    let r = await call('POST', '/api/sessions', { body: { exercise: 'eigen-voogdij-contactpersoon' }, from });
    assert.equal(r.status, 400);
    assert.match(r.body.error, /als object/);
    r = await call('POST', '/api/sessions', { body: { exercise: ownExercise(), scenario: 'kb-ind-contactpersoon' }, from });
    assert.equal(r.status, 400);
    r = await publish({ kind: 'glossary', terms: [] }, from);
    assert.equal(r.status, 422);
    assert.ok(r.body.error.length > 10, r.body.error);
  });

  test('too large: 413 beyond 64 KiB; other requests keep the 16 KiB limit', async () => {
    const exercise = { ...ownExercise(), summary: 'x'.repeat(70 * 1024) };
    const r = await publish(exercise, next());
    assert.equal(r.status, 413);
    const created = await call('POST', '/api/sessions', { body: { scenario: 'kb-ind-contactpersoon' }, from: '127.0.12.2' });
    assert.equal(created.status, 201);
    const join = await call('POST', `/api/sessions/${created.body.code}/join`,
      { raw: JSON.stringify({ nickname: 'Vos', pad: 'x'.repeat(20 * 1024) }), from: '127.0.12.2' });
    assert.equal(join.status, 413);
  });

  test('every attempt to publish counts as a new session: reading one costs the server work', async () => {
    const from = next();
    const broken = { ...ownExercise(), start: 'nergens' };
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await publish(broken, from)).status);
    assert.deepEqual(statuses, [422, 422, 422, 422, 422, 429]);
  });
});

// The upgrade of an old database file: classroom_store_test.cpp.
