// Load on pw-serve: requests per second, latency and errors for static files
// and for the classroom API, with keep-alive connections from a small client.
// Usage: node tests/bench/load.mjs [--seconds 5] [--connections 32] [--json out.json]
// Uses the release server (build/native-release) when it exists: the debug
// build runs under AddressSanitizer and would measure that instead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildInfo, config, readBundle, startServer } from '../e2e/lib.mjs';
import { arg, useReleaseServer } from './server_options.mjs';

const seconds = Number(arg('seconds', 5));
const connections = Number(arg('connections', 32));
const server_kind = useReleaseServer();

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function request(port, { method = 'GET', path: target, body, headers = {} }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, method, path: target, agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    if (body) req.write(body);
    req.end();
  });
}

// Runs `connections` loops for `seconds`, each sending next() requests.
async function load(port, name, next) {
  const times = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, async (_, worker) => {
    for (let i = 0; Date.now() < until; i++) {
      const r = await request(port, next(worker, i));
      times.push(r.ms);
      if (!(r.status >= 200 && r.status < 400)) errors++;
    }
  }));
  times.sort((a, b) => a - b);
  const elapsed = (Date.now() - started) / 1000;
  return {
    name,
    requests: times.length,
    requestsPerSecond: Math.round(times.length / elapsed),
    p50ms: Number(times[Math.floor(times.length * 0.5)].toFixed(2)),
    p99ms: Number(times[Math.floor(times.length * 0.99)].toFixed(2)),
    errors,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-bench-'));
const server = await startServer(config.dist, { args: ['--db', path.join(dir, 'bench.sqlite')] });
const port = server.port;
const results = [];
try {
  const { assets } = buildInfo();
  const br = { 'Accept-Encoding': 'br, gzip' };
  results.push(await load(port, 'GET / (index.html)', () => ({ path: '/', headers: br })));
  results.push(await load(port, `GET ${assets['app.wasm']} (brotli)`, () => ({ path: `/${assets['app.wasm']}`, headers: br })));
  results.push(await load(port, `GET ${assets['content.json']} (brotli)`, () => ({ path: `/${assets['content.json']}`, headers: br })));

  // The classroom: one session, a trainee per connection, answers and the trainer's polling.
  const scenario = readBundle().files.map((f) => JSON.parse(f.text)).find((d) => d.kind === 'scenario' && d.id === 'kb-ind-contactpersoon');
  const json = (o) => JSON.stringify(o);
  const post = (p, body, key) => fetch(`http://127.0.0.1:${port}${p}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Trainer-Key': key } : {}) }, body: json(body),
  }).then((r) => r.json());
  const { code, trainerKey } = await post('/api/sessions', { scenario: scenario.id });
  const tokens = [];
  for (let i = 0; i < connections; i++) tokens.push((await post(`/api/sessions/${code}/join`, { nickname: `Deelnemer ${i + 1}` })).token);
  const actions = scenario.decisions[0].action.options.map((o) => o.id);
  results.push(await load(port, 'POST /api/sessions/<code>/answers', (worker, i) => ({
    method: 'POST', path: `/api/sessions/${code}/answers`, headers: { 'Content-Type': 'application/json' },
    body: json({ token: tokens[worker], decision: scenario.decisions[0].id, answer: { action: actions[i % actions.length] } }),
  })));
  results.push(await load(port, 'GET /api/sessions/<code>/spread', () => ({
    path: `/api/sessions/${code}/spread`, headers: { 'X-Trainer-Key': trainerKey },
  })));
} finally {
  agent.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`pw-serve load, ${connections} keep-alive connections, ${seconds} s each, ${server_kind} build`);
console.log('| endpoint | requests/s | p50 ms | p99 ms | errors |');
console.log('|---|---:|---:|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${r.requestsPerSecond} | ${r.p50ms} | ${r.p99ms} | ${r.errors} |`);
const out = arg('json');
if (out) writeFileSync(out, JSON.stringify({ connections, seconds, server: server_kind, results }, null, 2) + '\n');
if (results.some((r) => r.errors > 0)) process.exitCode = 1;
