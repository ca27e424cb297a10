// Turns the JSON lines of PW_HOSTILE_FIGURES runs (one file per server) into
// one Markdown table: per attack and server, the test's verdict, what the
// attacker saw, the normal client's slowest answer, memory growth, SIGTERM time.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const runs = process.argv.slice(2).map((file) => ({
  name: path.basename(file, '.jsonl').replace(/^figures-/, ''),
  rows: readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)),
}));
const seen = (r) => {
  const secured = Object.entries(r).filter(([k]) => k.endsWith('secured'));
  const parts = [];
  if (r.seen) parts.push(Array.isArray(r.seen) ? [...new Set(r.seen)].join(', ') : r.seen);
  for (const k of ['150 headers', '9000-byte header', 'cut off after 3.8 s', 'burst']) if (k in r) parts.push(`${k}: ${r[k]}`);
  if (secured.length) parts.push(`security headers ${secured.every(([, v]) => v) ? 'on all' : `missing on ${secured.filter(([, v]) => !v).map(([k]) => k.replace(/ secured$/, '')).join(', ')}`}`);
  return parts.join('; ');
};
const labels = { 'chunked flood': 'chunked flood', 'header flood': 'header flood', slowloris: 'slowloris',
  burst: '200-connection burst', ranges: 'ranges', sidecar: 'sidecar symlink', pipelined: 'pipelining' };
const short = (attack) => Object.entries(labels).find(([k]) => attack.includes(k))?.[1] ?? attack;
// "413: x-frame-options missing" four times over reads as one line.
const verdict = (failures = []) => {
  const unsecured = new Set(failures.map((f) => /^(.*): [a-z-]+ missing$/.exec(f)?.[1]).filter(Boolean));
  const rest = new Set(failures.filter((f) => !/ missing$/.test(f)));
  const all = [...rest, ...[...unsecured].map((w) => `no security headers on ${w}`)];
  return all.length ? `**fail**: ${all.join('; ')}` : 'pass';
};
const memory = (r) => Math.max(r.rssGrowthMiB ?? 0, r.floodGrowthMiB ?? 0);
console.log('| attack | server | test | attacker saw | normal client, slowest | memory growth | SIGTERM |');
console.log('|---|---|---|---|---|---|---|');
for (const [i, row] of runs[0].rows.entries()) {
  for (const run of runs) {
    const r = run.rows[i] ?? {};
    const normal = r.normalMaxMs === undefined ? '–' : r.normalMaxMs === null ? 'no answer' : `${r.normalMaxMs} ms`;
    console.log(`| ${short(row.attack)} | ${run.name} | ${verdict(r.failures)} | ${seen(r)} | ${normal} | ${memory(r)} MiB | ${r.sigtermMs ?? '–'} ms |`);
  }
}
