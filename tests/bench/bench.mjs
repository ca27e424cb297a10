// The benchmark (tests/bench/README.md): transfer size of a first visit, time
// to first frame and ready against a minimal Dear ImGui page, CPU time per
// frame measured in the app, content load and search latency (native and
// wasm), wasm heap, each on the real content and on synthetic content at
// 10x and 100x. Prints one table, writes it as JSON and Markdown.
// Usage: node tests/bench/bench.mjs [--quick] [--sizes 1,10,100] [--out build/bench] [--update-doc]
// tests/bench/run builds everything first and then calls this.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config, repoRoot, startServer, launchBrowser } from '../e2e/lib.mjs';
import { machineLoad, measureBrowser } from './browser_figures.mjs';
import { budgets, renderMarkdown, renderTable } from './report.mjs';
import { transferSizes } from './transfer.mjs';

const flag = (name) => process.argv.includes(`--${name}`);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const quick = flag('quick'); // fewer loads and frames, for a smoke run
const out = path.resolve(arg('out', path.join(repoRoot, 'build/bench')));
// --sizes 1,10,100 picks content sizes; the budgets and the load table need 1.
const factors = arg('sizes', quick ? '1,10' : '1,10,100').split(',').map(Number);
if (!factors.includes(1)) throw new Error('bench: --sizes must include 1 (the real content)');

const build = {
  dist: config.dist, // with the test hook: the frame times and the state are read from it
  shipped: path.join(repoRoot, 'build/wasm/dist'), // without: the sizes are the shipped app's
  minimal: path.join(repoRoot, 'build/wasm/tests/bench'),
  server: path.join(repoRoot, 'build/native-release/serve/pw-serve'),
  coreNative: path.join(repoRoot, 'build/native-release/tests/bench/core_bench'),
  coreWasm: path.join(repoRoot, 'build/wasm/tests/bench/core_bench.js'),
  packContent: path.join(repoRoot, 'build/wasm/web/pack_content.js'),
  queries: path.join(repoRoot, 'tests/bench/queries.txt'),
};
for (const [what, file] of Object.entries(build))
  if (!existsSync(file)) throw new Error(`bench: ${what} missing (${file}); run tests/bench/run, which builds it`);
config.server = build.server; // release: the debug server runs under sanitizers

mkdirSync(out, { recursive: true });

// The content at each factor, as a directory (for core_bench) and a bundle (for the app).
function contentAt(factor) {
  if (factor === 1) return path.join(repoRoot, 'content');
  const dir = path.join(out, `content-${factor}x`);
  execFileSync('python3', [path.join(repoRoot, 'tests/bench/synth_content.py'), path.join(repoRoot, 'content'),
    String(factor), dir]);
  return dir;
}

// A copy of the web build with the minimal page beside it and, for a factor,
// the synthetic content in place of the real bundle (compressed like the real one).
function siteFor(factor, contentDir) {
  const site = path.join(out, `site-${factor}x`);
  rmSync(site, { recursive: true, force: true });
  cpSync(build.dist, site, { recursive: true });
  const minimal = path.join(site, 'minimal');
  mkdirSync(minimal);
  for (const f of ['index.html', 'minimal.css', 'minimal-boot.js', 'minimal.js', 'minimal.wasm'])
    cpSync(path.join(build.minimal, f), path.join(minimal, f));
  if (factor !== 1) {
    const info = JSON.parse(readFileSync(path.join(site, 'build.json'), 'utf8'));
    const bundle = path.join(site, info.assets['content.json']);
    const pack = path.join(site, info.assets['content.pack']);
    const rest = path.join(site, info.assets['rest.pack']);
    execFileSync('python3', [path.join(repoRoot, 'tools/bundle_content.py'), contentDir, bundle]);
    // The app starts from the pack: the synthetic content packed as the build packs the real one.
    execFileSync('node', ['--no-experimental-fetch', build.packContent, bundle, pack, rest]);
    for (const f of [bundle, pack, rest]) for (const suffix of ['.gz', '.br']) rmSync(f + suffix, { force: true });
  }
  // Pre-compressed variants, as tools/pack_web.py makes them for the app.
  execFileSync('python3', [path.join(repoRoot, 'tests/bench/precompress.py'), site]);
  return site;
}

function coreFigures(contentDir, factor) {
  const reps = String(factor >= 100 ? 3 : quick ? 3 : 7);
  const run = (cmd, args) => JSON.parse(execFileSync(cmd, args, { maxBuffer: 1 << 24 }).toString());
  return {
    native: run(build.coreNative, [contentDir, build.queries, '--reps', reps, '--platform', 'native']),
    wasm: run('node', ['--no-experimental-fetch', build.coreWasm, contentDir, build.queries, '--reps', reps,
      '--platform', 'wasm']),
  };
}

// The shipped module per part (tools/wasm_parts.py, from the link's symbol
// map); refused when the build tree's module is not the one in dist.
function moduleParts() {
  const parts = JSON.parse(execFileSync('python3', [path.join(repoRoot, 'tools/wasm_parts.py'), '--build',
    path.join(repoRoot, 'build/wasm'), '--json'], { maxBuffer: 1 << 24 }).toString());
  const info = JSON.parse(readFileSync(path.join(build.shipped, 'build.json'), 'utf8'));
  const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const split = path.join(repoRoot, 'build/wasm/web/app/split/app.wasm');
  if (sha(path.join(build.shipped, info.assets['app.wasm'])) !== sha(split)) {
    throw new Error('bench: build/wasm/dist holds another app.wasm than build/wasm/web/app; rebuild');
  }
  return parts;
}

// The site's app.js and app.wasm (the test build's) by the shipped app's files:
// a first visit is measured as users get it.
function shippedApp(site) {
  const test = JSON.parse(readFileSync(path.join(site, 'build.json'), 'utf8')).assets;
  const shipped = JSON.parse(readFileSync(path.join(build.shipped, 'build.json'), 'utf8')).assets;
  return Object.fromEntries(['app.js', 'app.wasm', 'app.deferred.wasm'].map((n) => [test[n], path.join(build.shipped, shipped[n])]));
}

// The largest map and the first exercise of a content directory.
function landmarks(contentDir) {
  const manifest = JSON.parse(readFileSync(path.join(contentDir, 'manifest.json'), 'utf8'));
  let largestCaseType = null, steps = -1, scenario = null;
  for (const f of manifest.files) {
    const doc = JSON.parse(readFileSync(path.join(contentDir, f), 'utf8'));
    if (doc.kind === 'case-type' && doc.steps.length > steps) [largestCaseType, steps] = [doc.id, doc.steps.length];
    if (doc.kind === 'scenario' && !scenario) scenario = doc.id;
  }
  return { largestCaseType, scenario };
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: execFileSync(config.chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
  loadAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100), // 1, 5 and 15 minutes
};

const results = { date: new Date().toISOString(), machine, quick, content: {}, moduleParts: moduleParts() };
const browser = await launchBrowser();
try {
  for (const factor of factors) {
    const label = factor === 1 ? 'real' : `${factor}x`;
    process.stderr.write(`bench: ${label} content\n`);
    const contentDir = contentAt(factor);
    // The host's load as each part was measured: figures move with it.
    const loadAtCore = machineLoad();
    const entry = { factor, core: coreFigures(contentDir, factor) };
    entry.machineLoad = { core: loadAtCore, coreEnd: machineLoad() };
    const site = siteFor(factor, contentDir);
    const server = await startServer(site);
    try {
      entry.browser = await measureBrowser(browser, server.url, {
        quick, withMinimal: factor === 1, site, server, ...landmarks(contentDir),
      });
      if (factor === 1) {
        // Before the app is usable, and what the service worker fetches after (for offline use).
        const before = new Set(entry.browser.requestedBeforeReady);
        entry.transfer = transferSizes(site, [...before], shippedApp(site));
        entry.precache = transferSizes(site, entry.browser.requested.filter((u) => !before.has(u)), shippedApp(site));
      }
    } finally {
      await server.stop();
    }
    results.content[label] = entry;
  }
} finally {
  await browser.close();
}
results.budgets = budgets(results);

writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
const markdown = renderMarkdown(results);
writeFileSync(path.join(out, 'results.md'), markdown);
process.stdout.write(renderTable(results) + '\n');
process.stdout.write(`\nJSON: ${path.join(out, 'results.json')}\nMarkdown: ${path.join(out, 'results.md')}\n`);

if (flag('update-doc')) {
  const doc = path.join(repoRoot, 'BENCHMARKS.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->', end = '<!-- bench:end -->';
  const a = text.indexOf(start), b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error('BENCHMARKS.md lacks the bench:start/bench:end markers');
  writeFileSync(doc, text.slice(0, a + start.length) + '\n' + markdown + text.slice(b));
  process.stdout.write(`updated ${doc}\n`);
}
