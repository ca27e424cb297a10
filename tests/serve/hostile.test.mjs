// pw-serve against one rogue laptop on the training-room network: floods,
// slow clients, bursts, range abuse, a sidecar symlink, pipelining. During
// every attack a normal client (another address) must be answered within a
// second, and SIGTERM must stop the server within a few seconds whatever the
// attacker is still doing. Traffic goes to loopback addresses only.
import strictAssert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { buildInfo, config, startServer as start } from '../e2e/lib.mjs';

// A whole-request deadline short enough for a test to see it act.
const serverArgs = (process.env.PW_HOSTILE_ARGS ?? '--request-timeout 2').split(' ').filter(Boolean);
const NORMAL = '127.0.0.2'; // the well-behaved laptop
const ATTACKER = '127.0.0.1';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// PW_HOSTILE_FIGURES=file (tests/serve/mhd_probe/run): every step of every
// attack is measured even after an assertion failed; the failures are still
// reported at the end of the test, and the figures appended to the file as JSON lines.
const figuresFile = process.env.PW_HOSTILE_FIGURES;
let failures = [], figures = {};
const figure = (key, value) => { figures[key] = value; };
const assert = !figuresFile ? strictAssert : new Proxy(strictAssert, {
  get: (target, key) => (...args) => {
    try { return target[key](...args); } catch (e) { failures.push(e.message.split('\n')[0]); }
  },
});
const attack = (name, body) => test(name, async () => {
  failures = [];
  figures = { attack: name, server: path.basename(config.server) };
  try {
    await body();
  } finally {
    if (figuresFile) appendFileSync(figuresFile, `${JSON.stringify({ ...figures, failures })}\n`);
  }
  strictAssert.deepEqual(failures, [], failures.join('; '));
});
const dirs = [], servers = [];
after(() => {
  for (const s of servers) if (s.alive()) s.kill('SIGKILL');
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const startServer = async (...args) => {
  const s = await start(...args);
  servers.push(s);
  s.startRss = rssMiB(s.pid);
  return s;
};

// One GET on a new connection from another address; its status and time.
function normalGet(port, target = '/', { timeout = 1000, headers = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const req = http.get({ host: '127.0.0.1', port, path: target, localAddress: NORMAL, agent: false, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode, ms: Date.now() - started, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(timeout, () => { req.destroy(); resolve({ status: 0, ms: Date.now() - started }); });
    req.on('error', () => resolve({ status: 0, ms: Date.now() - started }));
  });
}

// The normal client asks `times` times in a row; every answer must come within a second.
async function assertServesNormalClient(server, times = 5) {
  for (let i = 0; i < times; i++) {
    const r = await normalGet(server.port);
    figure('normalMaxMs', Math.max(figures.normalMaxMs ?? 0, r.status === 200 ? r.ms : Infinity));
    assert.equal(r.status, 200, `normal client got no answer (attempt ${i + 1}, ${r.ms} ms)`);
    assert.ok(r.ms < 1000, `normal client waited ${r.ms} ms`);
    await sleep(100);
  }
}

// SIGTERM while the attack goes on: the server must be gone within a few seconds.
async function assertStopsOnSigterm(server, limitMs = 3000) {
  figure('rssGrowthMiB', Math.round(rssMiB(server.pid) - server.startRss));
  const started = Date.now();
  const result = await Promise.race([server.stop(), sleep(limitMs + 2000).then(() => ({ code: 'timeout' }))]);
  const took = Date.now() - started;
  figure('sigtermMs', result.code === 'timeout' ? `>${took}` : took);
  if (result.code === 'timeout') server.kill('SIGKILL');
  assert.equal(result.code, 0, `pw-serve did not stop on SIGTERM within ${limitMs + 2000} ms`);
  assert.ok(took < limitMs, `SIGTERM took ${took} ms`);
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

// A raw connection that keeps writing what `next()` gives until the server
// closes it or `limit` bytes went out; resolves with the reply's head and bytes sent.
function flood(port, head, next, limit) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: ATTACKER });
    let sent = 0, reply = '', finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ sent, reply, status: Number((/^HTTP\/1\.1 (\d{3})/.exec(reply) || [0, 0])[1]) });
    };
    socket.on('data', (d) => { reply += d.toString('latin1'); });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.setTimeout(15000, finish);
    // Yields to the event loop now and then, or the reply would never be read.
    const pump = () => {
      for (let burst = 0; !finished && sent < limit && burst < 256 << 10;) {
        const chunk = next();
        sent += chunk.length;
        burst += chunk.length;
        if (!socket.write(chunk)) return socket.once('drain', pump);
      }
      if (sent >= limit) setTimeout(finish, 2000);
      else if (!finished) setImmediate(pump);
    };
    socket.on('connect', () => { socket.write(head); pump(); });
  });
}

// Raw bytes in, the whole reply (until the server closes or `ms` pass) out.
function exchange(port, bytes, ms = 3000, localAddress = ATTACKER) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    const chunks = [];
    const done = () => { socket.destroy(); resolve(Buffer.concat(chunks)); };
    socket.setTimeout(ms, done);
    socket.on('data', (d) => chunks.push(d));
    socket.on('close', done);
    socket.on('error', done);
    socket.write(bytes);
  });
}

// Splits raw bytes into HTTP responses: [{status, headers, body}] (Content-Length framed).
function parseResponses(buffer) {
  const out = [];
  let rest = buffer;
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const lines = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers = {};
    for (const l of lines.slice(1)) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
    const length = Number(headers['content-length'] || 0);
    out.push({ status: Number(lines[0].split(' ')[1]), headers, body: rest.subarray(end + 4, end + 4 + length) });
    rest = rest.subarray(end + 4 + length);
  }
  return out;
}

const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'];
const assertSecured = (response = { headers: {} }, what) => {
  figure(`${what} secured`, securityHeaders.every((h) => response.headers[h]));
  for (const h of securityHeaders) assert.ok(response.headers[h], `${what}: ${h} missing`);
};

describe('hostile clients', () => {
  attack('chunked flood: refused with 413 early, memory stays flat', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const before = rssMiB(server.pid);
    const chunk = Buffer.from(`10000\r\n${'x'.repeat(0x10000)}\r\n`);
    const head = 'POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    const floods = Array.from({ length: 4 }, () => flood(server.port, head, () => chunk, 64 << 20));
    await sleep(300);
    await assertServesNormalClient(server, 3);
    const results = await Promise.all(floods);
    figure('seen', results.map((r) => `${r.status} after ${(r.sent / 2 ** 20).toFixed(1)} MiB`));
    for (const r of results) {
      assert.equal(r.status, 413, `chunked flood answered ${r.status}`);
      assert.ok(r.sent < 16 << 20, `the server read ${r.sent >> 20} MiB before closing`);
    }
    assertSecured(parseResponses(Buffer.from(results[0].reply, 'latin1'))[0], '413');
    figure('floodGrowthMiB', Math.round(rssMiB(server.pid) - before));
    assert.ok(rssMiB(server.pid) - before < 64, `memory grew ${Math.round(rssMiB(server.pid) - before)} MiB`);
    const again = floods.map(() => flood(server.port, head, () => chunk, 64 << 20));
    await sleep(200);
    await assertStopsOnSigterm(server);
    await Promise.all(again);
  });

  attack('header flood: too many or too large headers get 431, memory stays flat', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const before = rssMiB(server.pid);
    let n = 0;
    const line = () => Buffer.from(`X-Flood-${n++}: ${'h'.repeat(90)}\r\n`);
    const floods = Array.from({ length: 4 }, () => flood(server.port, 'GET / HTTP/1.1\r\nHost: x\r\n', line, 64 << 20));
    await sleep(300);
    await assertServesNormalClient(server, 3);
    const flooded = await Promise.all(floods);
    figure('seen', flooded.map((r) => `${r.status} after ${(r.sent / 2 ** 20).toFixed(1)} MiB`));
    const floodReply = parseResponses(Buffer.from(flooded[0].reply, 'latin1'))[0];
    figure('flood reply secured', securityHeaders.every((h) => floodReply?.headers[h]));
    figure('floodGrowthMiB', Math.round(rssMiB(server.pid) - before));
    for (const r of flooded) {
      assert.ok([431, 400].includes(r.status), `header flood answered ${r.status}`);
      assert.ok(r.sent < 4 << 20, `the server read ${r.sent >> 20} MiB of headers`);
    }
    assert.ok(rssMiB(server.pid) - before < 64, `memory grew ${Math.round(rssMiB(server.pid) - before)} MiB`);
    // Many small headers within the byte limit: the count is limited too.
    const many = Array.from({ length: 150 }, (_, i) => `a${i}: b\r\n`).join('');
    const [reply] = parseResponses(await exchange(server.port, `GET / HTTP/1.1\r\nHost: x\r\n${many}\r\n`));
    figure('150 headers', reply?.status ?? 0);
    assert.equal(reply?.status, 431);
    assertSecured(reply, '431');
    const big = parseResponses(await exchange(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(9000)}\r\n\r\n`))[0];
    figure('9000-byte header', big?.status ?? 0);
    assert.equal(big?.status, 431);
    assertSecured(big, '431 (one large header)');
    const again = Array.from({ length: 4 }, () => flood(server.port, 'GET / HTTP/1.1\r\nHost: x\r\n', line, 64 << 20));
    await sleep(200);
    await assertStopsOnSigterm(server);
    await Promise.all(again);
  });

  attack('slow clients (slowloris) neither stall others nor outlive the request deadline', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const sockets = [];
    let closedByServer = 0;
    for (let i = 0; i < 64; i++) {
      const s = net.connect({ port: server.port, host: '127.0.0.1', localAddress: ATTACKER });
      s.on('error', () => {});
      s.on('close', () => { closedByServer++; });
      s.write('GET / HTTP/1.1\r\nHost: x\r\n');
      sockets.push(s);
    }
    // One more header byte every 300 ms keeps each connection busy but never done.
    const trickle = setInterval(() => sockets.forEach((s) => s.writable && s.write('X')), 300);
    try {
      await sleep(300);
      await assertServesNormalClient(server, 5);
      await sleep(3500); // past the 2 s whole-request deadline
      figure('cut off after 3.8 s', `${closedByServer} of 64`);
      assert.ok(closedByServer >= 60, `only ${closedByServer} of 64 slow clients were cut off`);
      // A new wave, then SIGTERM while they trickle.
      for (let i = 0; i < 64; i++) {
        const s = net.connect({ port: server.port, host: '127.0.0.1', localAddress: ATTACKER });
        s.on('error', () => {});
        s.write('GET / HTTP/1.1\r\nHost: x\r\n');
        sockets.push(s);
      }
      await sleep(300);
      await assertServesNormalClient(server, 2);
      await assertStopsOnSigterm(server);
    } finally {
      clearInterval(trickle);
      sockets.forEach((s) => s.destroy());
    }
  });

  attack('a burst of 200 connections from 200 laptops is answered, and one laptop cannot hog the server', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const started = Date.now();
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: '/', agent: false,
        localAddress: `127.0.1.${i + 1}` }, (res) => { res.resume(); res.on('end', () => resolve({ status: res.statusCode, ms: Date.now() - started })); });
      req.setTimeout(5000, () => { req.destroy(); resolve({ status: 0 }); });
      req.on('error', () => resolve({ status: 0 }));
    })));
    const answered = burst.filter((r) => r.status === 200);
    figure('burst', `${answered.length} of 200 answered, slowest ${Math.max(0, ...answered.map((r) => r.ms))} ms`);
    assert.equal(answered.length, 200, `${200 - answered.length} of 200 got no answer`);
    assert.ok(Math.max(...answered.map((r) => r.ms)) < 3000, 'all answered within 3 s');
    // 300 idle connections from one address: those over its limit are refused, others still served.
    const hogs = [];
    for (let i = 0; i < 300; i++) {
      const s = net.connect({ port: server.port, host: '127.0.0.1', localAddress: ATTACKER });
      s.on('error', () => {});
      hogs.push(s);
    }
    try {
      await sleep(500);
      await assertServesNormalClient(server, 3);
      await assertStopsOnSigterm(server);
    } finally {
      hogs.forEach((s) => s.destroy());
    }
  });

  attack('ranges: 206 for one range, 416 when unsatisfiable, no amplification', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const file = `/${buildInfo().assets['app.js']}`;
    const full = await normalGet(server.port, file, { headers: { 'Accept-Encoding': 'identity' } });
    const size = full.body.length;
    const ask = (range) => normalGet(server.port, file, { headers: { 'Accept-Encoding': 'identity', Range: range } });
    const first = await ask('bytes=0-9');
    assert.equal(first.status, 206);
    assert.equal(first.headers['content-range'], `bytes 0-9/${size}`);
    assert.deepEqual(first.body, full.body.subarray(0, 10));
    const tail = await ask('bytes=-5');
    assert.equal(tail.status, 206);
    assert.deepEqual(tail.body, full.body.subarray(size - 5));
    const beyond = await ask('bytes=99999999-');
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${size}`);
    assert.ok(securityHeaders.every((h) => beyond.headers[h]), '416 carries the security headers');
    // Many (overlapping, open-ended) ranges: never more than the file itself.
    const many = Array.from({ length: 1000 }, () => '0-').join(',');
    const amplified = await ask(`bytes=${many}`);
    figure('seen', `0-9: ${first.status} ${first.headers['content-range'] ?? ''}; -5: ${tail.status}; 99999999-: ${beyond.status} ${beyond.headers?.['content-range'] ?? ''}; 1000 × 0-: ${amplified.status}, ${amplified.body?.length} of ${size} bytes`);
    assert.ok([200, 416].includes(amplified.status), `multi-range answered ${amplified.status}`);
    assert.ok(amplified.body.length <= size, `${amplified.body.length} bytes for a ${size}-byte file`);
    assert.equal((await ask('bytes=5-2')).body.length, size, 'a malformed range is ignored');
    await assertServesNormalClient(server, 2);
    await assertStopsOnSigterm(server);
  });

  attack('a pre-compressed sidecar that is a symlink out of the root is never served', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pw-sidecar-'));
    dirs.push(root);
    cpSync(config.dist, root, { recursive: true });
    writeFileSync(path.join(root, 'doel.js'), 'console.log("doel");\n');
    symlinkSync('/etc/passwd', path.join(root, 'doel.js.gz'));
    symlinkSync('/etc/hostname', path.join(root, 'doel.js.br'));
    const server = await startServer(root, { args: serverArgs });
    const r = await normalGet(server.port, '/doel.js', { headers: { 'Accept-Encoding': 'br, gzip' } });
    figure('seen', `${r.status}, Content-Encoding ${r.headers?.['content-encoding'] ?? 'none'}, ${r.body?.toString() === 'console.log("doel");\n' ? 'the file itself' : 'other bytes'}`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.body.toString(), 'console.log("doel");\n');
    await assertStopsOnSigterm(server);
  });

  attack('pipelined requests are all answered, in order, with the security headers', async () => {
    const server = await startServer(undefined, { args: serverArgs });
    const req = (target, extra = '') => `GET ${target} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n${extra}\r\n`;
    const raw = await exchange(server.port,
      req('/') + req('/sw.js') + req('/bestaat-niet') + `HEAD / HTTP/1.1\r\nHost: x\r\n\r\n` + req('/', 'Connection: close\r\n'), 3000);
    const replies = parseResponses(raw);
    figure('seen', replies.map((r) => r.status).join(' '));
    // HEAD has a Content-Length but no body: account for it when splitting.
    assert.deepEqual(replies.slice(0, 3).map((r) => r.status), [200, 200, 404]);
    replies.slice(0, 3).forEach((r, i) => assertSecured(r, `pipelined reply ${i + 1}`));
    assert.match(raw.toString('latin1'), /HTTP\/1\.1 200[^]*HTTP\/1\.1 200[^]*HTTP\/1\.1 404[^]*HTTP\/1\.1 200[^]*HTTP\/1\.1 200/);
    await assertStopsOnSigterm(server);
  });
});
