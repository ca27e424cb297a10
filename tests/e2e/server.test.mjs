// pw-serve from the outside: static files with the right headers, traversal
// attempts, malformed and oversized requests, wrong methods, the classroom API,
// and a crash (SIGKILL) in the middle of a classroom session that loses no
// acknowledged answer.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildInfo, readBundle, startServer } from './lib.mjs';

let dir, server;
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pw-serve-'));
  server = await startServer(undefined, { args: ['--db', path.join(dir, 'classroom.sqlite')] });
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Sends raw bytes and returns the status code of the reply (0 if none).
// The socket is not half-closed: a server may drop a reply to a peer that
// has already said goodbye.
function raw(port, bytes) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve(Number((/^HTTP\/1\.1 (\d{3})/.exec(reply) || [0, 0])[1]));
    };
    socket.setTimeout(5000, done);
    socket.on('data', (d) => {
      reply += d.toString('latin1');
      if (/\r\n/.test(reply)) done();
    });
    socket.on('close', done);
    socket.on('error', () => {});
    socket.write(bytes);
  });
}

// A raw GET with the given Accept-Encoding: head and body as sent on the wire.
function rawGet(port, target, coding) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const split = bytes.indexOf('\r\n\r\n');
      resolve({ head: bytes.subarray(0, split).toString(), body: bytes.subarray(split + 4) });
    });
    socket.on('error', reject);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${coding}\r\nConnection: close\r\n\r\n`);
  });
}

const api = (p, { method = 'GET', body, key, type = 'application/json' } = {}) =>
  fetch(new URL(p, server.url), {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': type } : {}), ...(key ? { 'X-Trainer-Key': key } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

function scenario(id) {
  for (const f of readBundle().files) {
    const doc = JSON.parse(f.text);
    if (doc.kind === 'scenario' && doc.id === id) return doc;
  }
  throw new Error(id);
}

describe('static files', () => {
  test('index.html is revalidated, hashed assets are cached for a year, with security headers', async () => {
    const index = await fetch(server.url);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy'), /default-src 'self'/);
    assert.doesNotMatch(index.headers.get('content-security-policy'), /https?:|\*/);
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(index.headers.get('referrer-policy'), 'no-referrer');
    const { assets } = buildInfo();
    const wasm = await fetch(new URL(assets['app.wasm'], server.url));
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const sw = await fetch(new URL('sw.js', server.url));
    assert.equal(sw.headers.get('cache-control'), 'no-cache');
  });

  test('pre-compressed variants are sent when accepted, and decode to the file', async () => {
    const file = buildInfo().assets['content.json'];
    const plain = await (await fetch(new URL(file, server.url), { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer();
    for (const [coding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]]) {
      // node's fetch decodes by itself; a raw request shows what is on the wire.
      const { head, body } = await rawGet(server.port, `/${file}`, coding);
      assert.match(head, new RegExp(`Content-Encoding: ${coding}`, 'i'));
      assert.match(head, /Vary: Accept-Encoding/i);
      assert.deepEqual(decode(body), Buffer.from(plain));
    }
  });

  test('an unchanged file is answered with 304 Not Modified', async () => {
    const url = new URL(buildInfo().assets['app.js'], server.url);
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });
});

describe('bad requests never crash the server and get the right status', () => {
  test('traversal attempts, directories and missing files', async () => {
    const cases = [
      ['/../../etc/passwd', 403], ['/%2e%2e/%2e%2e/etc/passwd', 403], ['/%2E%2E%2Fbuild.json', 403],
      ['/fonts/..%2f..%2f..%2fetc/passwd', 403], ['/..\\..\\etc\\passwd', 403], ['//etc/passwd', 404],
      ['/fonts/', 404], ['/fonts', 404], ['/bestaat-niet.js', 404], ['/%zz', 400], ['/index.html%00.js', 403],
    ];
    for (const [target, status] of cases)
      assert.equal(await raw(server.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), status, target);
  });

  test('malformed HTTP, oversized requests and wrong methods', async () => {
    const cases = [
      ['NONSENSE\r\n\r\n', 400],
      ['GET\r\n\r\n', 400],
      ['GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400],
      ['GET /  HTTP/1.1 extra\r\nHost: x\r\n\r\n', 400],
      ['POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
      [`GET /${'a'.repeat(9000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(9000)}\r\n\r\n`, 431],
      ['FOO / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
      ['POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}', 405],
      ['DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 405],
      [`POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n${'x'.repeat(100000)}`, 413],
    ];
    for (const [bytes, status] of cases)
      assert.equal(await raw(server.port, bytes), status, bytes.slice(0, 40));
    assert.ok(server.alive(), 'still running');
    assert.equal((await fetch(server.url)).status, 200);
  });

  test('the API refuses invalid JSON, wrong types, unknown ids and wrong methods, clearly', async () => {
    const expect = async (response, status, pattern) => {
      assert.equal(response.status, status);
      const body = await response.json();
      assert.match(body.error, pattern);
    };
    await expect(await api('/api/sessions', { method: 'POST', body: '{kapot' }), 400, /geen geldig JSON/);
    await expect(await api('/api/sessions', { method: 'POST', body: '[]' }), 400, /JSON-object/);
    await expect(await api('/api/sessions', { method: 'POST', body: { scenario: 7 } }), 400, /oefening/);
    await expect(await api('/api/sessions', { method: 'POST', body: { scenario: 'bestaat-niet' } }), 422, /Onbekende oefening/);
    await expect(await api('/api/sessions', { method: 'POST', body: 'x', type: 'text/plain' }), 415, /JSON/);
    await expect(await api('/api/sessions'), 405, /POST/);
    await expect(await api('/api/sessions/ABC123'), 404, /Onbekende klascode/);
    await expect(await api('/api/elders'), 404, /Onbekend adres/);
    const { code, trainerKey } = await (await api('/api/sessions', { method: 'POST', body: { scenario: 'kb-ind-contactpersoon' } })).json();
    await expect(await api(`/api/sessions/${code}/join`, { method: 'POST', body: { nickname: '' } }), 400, /bijnaam/);
    await expect(await api(`/api/sessions/${code}/join`, { method: 'POST', body: { nickname: 'x'.repeat(41) } }), 400, /bijnaam/);
    const { token } = await (await api(`/api/sessions/${code}/join`, { method: 'POST', body: { nickname: 'Vos' } })).json();
    await expect(await api(`/api/sessions/${code}/join`, { method: 'POST', body: { nickname: 'Vos' } }), 409, /al gekozen/);
    const answer = (decision, a, t = token) => api(`/api/sessions/${code}/answers`, { method: 'POST', body: { token: t, decision, answer: a } });
    await expect(await answer('bestaat-niet', { action: 'informeren' }), 422, /Beslismoment/);
    await expect(await answer('aankondiging', { action: 'verzinsel' }), 422, /Onbekende keuze/);
    await expect(await answer('verblijfsinfo', { data: ['naw', 'naw'] }), 422, /twee keer/);
    await expect(await answer('verblijfsinfo', { data: 'naw' }), 400, /lijst/);
    await expect(await answer('verblijfsinfo', { extra: 1 }), 400, /Onbekend veld/);
    await expect(await answer('aankondiging', { action: 'informeren' }, 'f'.repeat(32)), 403, /Onbekende deelnemer/);
    await expect(await api(`/api/sessions/${code}/spread`), 401, /trainer/);
    await expect(await api(`/api/sessions/${code}/spread`, { key: 'fout' }), 403, /trainerssleutel/);
    await expect(await api(`/api/sessions/${code}/decision`, { method: 'PUT', body: { decision: 'x' }, key: trainerKey }), 422, /beslismoment/);
    await expect(await api(`/api/sessions/${code}/decision`, { method: 'POST', body: {} }), 405, /PUT/);
    assert.ok(server.alive());
  });
});

describe('a classroom session', () => {
  test('several trainees answer; a SIGKILL mid-session loses no acknowledged answer', async () => {
    const sc = scenario('kb-dtv-regievoerder');
    const { code, trainerKey } = await (await api('/api/sessions', { method: 'POST', body: { scenario: sc.id } })).json();
    assert.match(code, /^[A-Z2-9]{6}$/);
    const first = sc.decisions[0];
    assert.equal((await api(`/api/sessions/${code}/decision`, { method: 'PUT', body: { decision: first.id }, key: trainerKey })).status, 200);

    const trainees = [];
    for (const nickname of ['Merel', 'Reiger', 'Das', 'Egel', 'Otter', 'Bever']) {
      const r = await api(`/api/sessions/${code}/join`, { method: 'POST', body: { nickname } });
      assert.equal(r.status, 201);
      trainees.push({ nickname, ...(await r.json()) });
    }
    // Each trainee answers every decision; choices differ per trainee.
    const acknowledged = new Map();
    const submit = async (t, i, d) => {
      const answer = {};
      if (d.action) answer.action = d.action.options[i % d.action.options.length].id;
      if (d.recipients) answer.recipients = [d.recipients[i % d.recipients.length]];
      if (d.data) answer.data = d.data.slice(0, 1 + (i % d.data.length));
      if (d.channels) answer.channel = d.channels[i % d.channels.length];
      if (d.judgement) answer.judgement = d.judgement.options[i % d.judgement.options.length].id;
      const r = await api(`/api/sessions/${code}/answers`, { method: 'POST', body: { token: t.token, decision: d.id, answer } });
      if (r.status === 200) acknowledged.set(`${t.token}/${d.id}`, answer);
      return r.status;
    };
    // Half the answers, concurrently, then the crash while more are in flight.
    await Promise.all(trainees.map((t, i) => submit(t, i, sc.decisions[0])));
    const inFlight = trainees.map((t, i) => submit(t, i, sc.decisions[1]).catch(() => 0));
    await new Promise((r) => setTimeout(r, 5));
    const { signal } = await server.kill('SIGKILL');
    assert.equal(signal, 'SIGKILL');
    await Promise.all(inFlight);

    server = await startServer(undefined, { args: ['--db', path.join(dir, 'classroom.sqlite')], port: server.port });
    const spread = await (await api(`/api/sessions/${code}/spread`, { key: trainerKey })).json();
    assert.equal(spread.trainees, trainees.length);
    assert.equal(spread.decision, first.id, 'the trainer\'s place survives too');
    for (const d of sc.decisions) {
      const acked = [...acknowledged.keys()].filter((k) => k.endsWith(`/${d.id}`)).length;
      const stored = spread.decisions.find((x) => x.decision === d.id).answers;
      assert.ok(stored >= acked, `${d.id}: ${stored} stored, ${acked} acknowledged`);
    }
    assert.equal(spread.decisions.find((x) => x.decision === first.id).answers, trainees.length);
    // The counts add up to what was acknowledged for the first decision.
    const counted = spread.decisions.find((x) => x.decision === first.id);
    if (first.action) {
      const total = Object.values(counted.action).reduce((a, b) => a + b, 0);
      assert.equal(total, trainees.length);
    }
    // A trainee can still answer after the restart.
    assert.equal(await submit(trainees[0], 0, sc.decisions[1]), 200);
  });

  test('without --db the classroom API says it is switched off', async () => {
    const plain = await startServer();
    try {
      const r = await fetch(new URL('/api/sessions', plain.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"scenario":"kb-ind-contactpersoon"}' });
      assert.equal(r.status, 503);
      assert.match((await r.json()).error, /--db/);
    } finally {
      await plain.stop();
    }
  });
});

test('SIGTERM stops the server cleanly, also right after it started', async () => {
  // A signal in the moment between "draait op" and the accept loop once got lost.
  const took = [];
  for (let i = 0; i < 15; ++i) {
    const s = await startServer();
    // Generous under load; cleared after, so a pending timer does not hold the run open.
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve({ code: 'timeout' }), 15000); });
    const started = Date.now();
    const { code } = await Promise.race([s.stop(), timeout]);
    clearTimeout(timer);
    took.push(Date.now() - started);
    if (code === 'timeout') s.kill('SIGKILL');
    assert.equal(code, 0, `run ${i}: pw-serve did not stop on SIGTERM`);
    assert.match(s.log(), /pw-serve gestopt/);
  }
  // With no client connected there is nothing to wait for: an idle server
  // once sat out its whole 1.5 s grace period (the fastest run shows it).
  assert.ok(Math.min(...took) < 1000, `an idle server took ${Math.min(...took)} ms to stop`);
});
