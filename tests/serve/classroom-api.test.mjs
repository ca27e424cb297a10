// The classroom API against a stranger on the training-room network: rate
// limits per client, sessions the trainer ends, the trainer seeing and
// removing nicknames, nicknames that cannot hide or impersonate, and a
// database file that is private and holds no key in the clear.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../e2e/lib.mjs';

let dir, server, db;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-class-api-'));
  db = path.join(dir, 'klas.sqlite');
  server = await startServer(undefined, { args: ['--db', db] });
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// One API call from a given loopback address (each test its own "laptop").
function call(method, target, { body, key, from = '127.0.0.1' } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      host: '127.0.0.1', port: server.port, method, path: target, localAddress: from, agent: false,
      headers: { ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        ...(key ? { 'X-Trainer-Key': key } : {}) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const scenario = 'kb-ind-contactpersoon';
const create = (from) => call('POST', '/api/sessions', { body: { scenario }, from });
const join = (code, nickname, from) => call('POST', `/api/sessions/${code}/join`, { body: { nickname }, from });

describe('rate limits per client', () => {
  test('starting sessions: a burst, then 429 with Retry-After; another laptop is not affected', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await create('127.0.2.1')).status);
    assert.deepEqual(statuses.slice(0, 5), [201, 201, 201, 201, 201]);
    const refused = await create('127.0.2.1');
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
    assert.match(refused.body.error, /Te veel nieuwe klassessies/);
    assert.equal((await create('127.0.2.2')).status, 201);
  });

  test('guessing class codes: after ten misses even a real code is refused, so nothing leaks', async () => {
    const { body: { code } } = await create('127.0.3.9');
    const guesser = '127.0.3.1';
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await call('GET', `/api/sessions/ZZZZ${String(i).padStart(2, '0')}`, { from: guesser })).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(404));
    assert.deepEqual(statuses.slice(10), [429, 429]);
    const real = await call('GET', `/api/sessions/${code}`, { from: guesser });
    assert.equal(real.status, 429, 'a real code gets the same answer as a wrong one');
    assert.equal((await call('GET', `/api/sessions/${code}`, { from: '127.0.3.2' })).status, 200);
  });

  test('wrong trainer keys count as guesses too', async () => {
    const { body: { code } } = await create('127.0.4.9');
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await call('GET', `/api/sessions/${code}/spread`, { key: 'f'.repeat(32), from: '127.0.4.1' })).status);
    assert.deepEqual(statuses, [...Array(10).fill(403), 429]);
  });

  test('one laptop cannot fill a class: bots are capped per client, real trainees still join', async () => {
    const { body: { code } } = await create('127.0.5.9');
    const bot = '127.0.5.1';
    const statuses = [];
    for (let i = 0; i < 30; i++) statuses.push((await join(code, `Bot ${i}`, bot)).status);
    assert.equal(statuses.filter((s) => s === 201).length, 10, `bots joined: ${statuses}`);
    assert.ok(statuses.slice(10).every((s) => s === 429));
    assert.equal((await join(code, 'Uil', '127.0.5.2')).status, 201);
  });
});

describe('the trainer runs the class', () => {
  test('sees who joined, removes a nickname (its token stops working), ends the session', async () => {
    const from = '127.0.6.1';
    const { body: { code, trainerKey } } = await create(from);
    const vos = (await join(code, 'Vos', '127.0.6.2')).body;
    await join(code, 'Das', '127.0.6.3');
    const answer = (token, who) => call('POST', `/api/sessions/${code}/answers`,
      { body: { token, decision: 'aankondiging', answer: { action: 'wachten' } }, from: who });
    assert.equal((await answer(vos.token, '127.0.6.2')).status, 200);
    let spread = (await call('GET', `/api/sessions/${code}/spread`, { key: trainerKey, from })).body;
    assert.deepEqual(spread.participants, [{ nickname: 'Vos', answers: 1 }, { nickname: 'Das', answers: 0 }]);
    assert.equal(spread.open, true);

    const removed = await call('POST', `/api/sessions/${code}/remove`, { body: { nickname: 'vos' }, key: trainerKey, from });
    assert.equal(removed.status, 200);
    assert.equal(removed.body.removed, 'Vos');
    spread = (await call('GET', `/api/sessions/${code}/spread`, { key: trainerKey, from })).body;
    assert.deepEqual(spread.participants.map((p) => p.nickname), ['Das']);
    assert.equal(spread.decisions.find((d) => d.decision === 'aankondiging').answers, 0, 'their answers go too');
    assert.equal((await answer(vos.token, '127.0.6.2')).status, 403);
    assert.equal((await join(code, 'Vos', '127.0.6.4')).status, 201, 'the nickname is free again');
    assert.equal((await call('POST', `/api/sessions/${code}/remove`, { body: { nickname: 'Vos' }, from })).status, 401);

    const closed = await call('POST', `/api/sessions/${code}/close`, { key: trainerKey, from });
    assert.equal(closed.status, 200);
    assert.equal((await join(code, 'Reiger', '127.0.6.5')).status, 410);
    assert.match((await join(code, 'Reiger', '127.0.6.5')).body.error, /afgelopen/);
    assert.equal((await call('GET', `/api/sessions/${code}`, { from })).body.open, false);
    spread = (await call('GET', `/api/sessions/${code}/spread`, { key: trainerKey, from }));
    assert.equal(spread.status, 200, 'the trainer can still read the results');
    assert.equal(spread.body.open, false);
  });
});

describe('nicknames', () => {
  test('invisible, controlling and stacked characters are refused; look-alikes count as taken', async () => {
    const { body: { code } } = await create('127.0.7.9');
    let n = 0;
    const from = () => `127.0.7.${++n}`;
    const refused = {
      'C1 control': 'Vos\u0085', 'right-to-left override': '\u202EsoV', 'line separator': 'Vos\u2028Das',
      'zero-width only': '\u200B\u200B', 'no-break spaces only': '\u00A0\u00A0', 'byte order mark': '\uFEFFVos',
      'combining flood': 'Vo' + '\u0301'.repeat(30) + 's', 'lone combining mark': '\u0301Vos', 'zero-width joiner inside': 'V\u200Dos',
      'zero-width space appended': 'Vos\u200B', 'markup': '<b>Vos</b>', 'Hangul filler': '\u3164',
    };
    for (const [what, name] of Object.entries(refused)) {
      const r = await join(code, name, from());
      assert.equal(r.status, 400, `${what}: ${r.status}`);
      assert.match(r.body.error, /bijnaam/i, what);
    }
    const first = await join(code, '  Vos   van\tDam ', from());
    assert.equal(first.status, 201);
    assert.equal(first.body.nickname, 'Vos van Dam', 'white space collapsed and trimmed');
    for (const lookalike of ['vos van dam', 'Ｖｏｓ ｖａｎ Ｄａｍ', 'Vos\u00A0van Dam', 'V\u043Es van Dam' /* Cyrillic o */]) {
      const r = await join(code, lookalike, from());
      assert.equal(r.status, 409, `${JSON.stringify(lookalike)} is the same name`);
    }
    const accented = await join(code, 'Zeeëgel', from());
    assert.equal(accented.status, 201);
    const decomposed = await join(code, 'Zee\u00EBgel'.normalize('NFD'), from());
    assert.equal(decomposed.status, 409, 'NFD and NFC forms are one name');
  });
});

describe('the database file', () => {
  test('is readable by the server\'s user only and holds no trainer key or token in the clear', async () => {
    const { body: { code, trainerKey } } = await create('127.0.8.1');
    const { body: { token } } = await join(code, 'Merel', '127.0.8.2');
    for (const name of readdirSync(dir).filter((f) => f.startsWith('klas.sqlite'))) {
      const file = path.join(dir, name);
      assert.equal(statSync(file).mode & 0o777, 0o600, `${name} is ${(statSync(file).mode & 0o777).toString(8)}`);
      const bytes = readFileSync(file).toString('latin1');
      assert.ok(!bytes.includes(trainerKey), `${name} contains the trainer key`);
      assert.ok(!bytes.includes(token), `${name} contains a trainee token`);
    }
  });
});
