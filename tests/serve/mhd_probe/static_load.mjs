// A classroom opening the app at once: 100 trainees, each on its own address
// (127.0.11.x) with one keep-alive connection, fetch the app's files 20 times
// as fast as the server gives them (pre-compressed when offered). Prints the
// latency percentiles and errors as one JSON line; the server is PW_SERVER.
// Usage: node tests/serve/mhd_probe/static_load.mjs [trainees] [requests]
import http from 'node:http';
import path from 'node:path';
import { buildInfo, config, startServer } from '../../e2e/lib.mjs';

const trainees = Number(process.argv[2] ?? 100), perTrainee = Number(process.argv[3] ?? 20);
const assets = buildInfo().assets;
const targets = ['/', `/${assets['app.js']}`, `/${assets['app.css']}`, `/${assets['content.json']}`, '/sw.js']
  .filter((t) => !t.includes('undefined'));

function get(port, agent, target) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.get({ host: '127.0.0.1', port, path: target, agent, headers: { 'Accept-Encoding': 'br, gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.setTimeout(10000, () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

const server = await startServer(undefined, { args: (process.env.PW_HOSTILE_ARGS ?? '').split(' ').filter(Boolean) });
try {
  const started = Date.now();
  const results = (await Promise.all(Array.from({ length: trainees }, async (_, i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.11.${i + 1}` });
    const mine = [];
    for (let j = 0; j < perTrainee; j++) mine.push(await get(server.port, agent, targets[(i + j) % targets.length]));
    agent.destroy();
    return mine;
  }))).flat();
  const ms = results.filter((r) => r.status === 200).map((r) => r.ms).sort((a, b) => a - b);
  const at = (p) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
  console.log(JSON.stringify({ server: path.basename(config.server), requests: results.length,
    errors: results.length - ms.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), seconds: (Date.now() - started) / 1000 }));
} finally {
  await server.stop();
}
