#!/usr/bin/env node
// Writes web/first_screen_functions.txt: the functions the app runs on its
// first screen, which tools/split_wasm.py keeps in app.wasm (the rest goes to
// app.deferred.wasm, loaded after the first screen).
//
// Usage (after a wasm build): NODE_PATH=/usr/share/nodejs node tools/split_profile.mjs [build/wasm]
//
// The link keeps the module as app.wasm.orig and writes app.wasm instrumented
// by wasm-split to record which functions ran. This packs each app (shipped
// and test build) with its instrumented module, opens the home screen in
// Chromium under varied conditions (content or fonts late; dark, small
// screen; a returning visit; a pointer and Tab keys on the first screen;
// the pack refused, damaged stored progress) until the rest of the content would come, which boot.js hands over only
// once the second part is in, reads the record (`__write_profile`) and keeps every function any
// run called. Run it again when tests/e2e/split.test.mjs says the first screen
// called a placeholder.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(repoRoot, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const build = path.resolve(process.argv[2] || path.join(repoRoot, 'build/wasm'));
const listPath = path.join(repoRoot, 'web/first_screen_functions.txt');

const apps = [
  { dir: path.join(build, 'web/app_test'), stage: path.join(build, 'test/stage') },
  { dir: path.join(build, 'web/app'), stage: path.join(build, 'stage') },
];

// The conditions of a first screen; each run in a fresh browser context.
const delay = (pattern, ms) => async (page) => {
  await page.route(pattern, async (route) => { await new Promise((r) => setTimeout(r, ms)); await route.continue(); });
};
const refuse = (pattern) => async (page) => {
  await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not here' }));
};
const storing = (value) => async (page) => {
  await page.addInitScript((v) => { localStorage.setItem('protocolwijzer', v); }, value);
};
const runs = [
  { name: 'plain' },
  { name: 'content late', before: delay(/content\.[0-9a-f]+\.pack$/, 800) },
  { name: 'fonts late', before: delay(/ui-bold\.[0-9a-f]+\.ttf$/, 800) },
  { name: 'dark, small', context: { colorScheme: 'dark', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } },
  // Back on the home screen after a place of each kind was opened: the way
  // back to it (its title) is on the first screen.
  ...['#/proces/kb-maatregel/stap/melding', '#/proces/kb-maatregel', '#/begrip/ots', '#/rol/dtv-regievoerder',
    '#/kaart/rolverdeling', '#/organisatie/ind', '#/gegeven/naw', '#/systeem/kbps', '#/kanaal/beveiligde-mail',
    '#/zoek/voogdij', '#/wat-nu', '#/oefenen'].map((place) => ({ name: `returning from ${place}`, reload: [place, '#/'] })),
  // Several places, a result of an exercise and a dark theme in what is stored.
  { name: 'returning with more', reload: ['#/proces/voogdij', '#/begrip/ots', '#/kaart/rolverdeling', '#/oefenen', '#/'],
    stored: () => {
      const p = JSON.parse(localStorage.getItem('protocolwijzer'));
      const id = Object.keys(p.scenarioRuns || {})[0] || 'oefening';
      p.scenarioResults = { ...p.scenarioResults, [id]: { points: 5.5, max: 6, finishedRuns: 1 } };
      if (p.settings) p.settings.theme = 'dark';
      localStorage.setItem('protocolwijzer', JSON.stringify(p));
    } },
  { name: 'pointer and keys', act: true },
  // Up to asking for content.json: what reads it comes with the second part.
  { name: 'pack refused', before: async (page) => {
    await refuse(/content\.[0-9a-f]+\.pack$/)(page);
    await page.route(/content\.[0-9a-f]+\.json$/, () => {});
  }, ready: 'status' },
  { name: 'stored progress damaged', before: storing('{"app":"protocolwijzer","version":1,"visited":"kapot') },
];

function serve(root, port) {
  return spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
}

async function profileOf(browser, url, run) {
  // No service worker: what it serves from its cache passes by page.route.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block',
    ...(run.context || {}) });
  const page = await context.newPage();
  if (run.before) await run.before(page);
  // What runs once the rest of the content is in runs after the second part
  // is (boot.js hands it over then): in the run recorded it never comes.
  const withoutRest = () => page.route(/rest\.[0-9a-f]+\.pack$/, () => {});
  // Without content the app is not ready.
  const ready = () => (run.ready === 'status' ? page.waitForTimeout(2500)
    : page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true, null, { timeout: 30000 }));
  if (run.reload) {
    // A first visit as a user makes it (the rest in, so what was seen
    // is stored too), then the visit recorded.
    await page.goto(url);
    await page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true &&
      performance.getEntriesByName('pw-rest-ready').length > 0, null, { timeout: 30000 });
    for (const place of run.reload) {
      await page.evaluate((h) => { location.hash = h; }, place);
      await page.waitForTimeout(400);
    }
    if (run.stored) await page.evaluate(run.stored);
    await withoutRest();
    await page.reload();
  } else {
    await withoutRest();
    await page.goto(url);
  }
  await ready();
  if (run.act) {
    for (const [x, y] of [[200, 200], [640, 300], [900, 500], [300, 600]]) await page.mouse.move(x, y, { steps: 4 });
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  }
  // What the tests ask of the test build at once (window.protocolwijzer.state()).
  await page.evaluate(() => { if (Module._pw_test_state) window.protocolwijzer.state(); });
  await page.waitForTimeout(600);
  const bytes = await page.evaluate(() => {
    const size = 1 << 20;
    const at = Module._malloc(size);
    const written = Module.asm.__write_profile(at, size);
    const memory = Object.values(Module.asm).find((v) => v instanceof WebAssembly.Memory);
    return Array.from(new Uint8Array(memory.buffer, at, written));
  });
  await context.close();
  return Buffer.from(bytes);
}

// The names (as the symbol map writes them) of the functions a profile keeps.
function keptNames(app, profile, scratch) {
  const orig = path.join(app.dir, 'app.wasm.orig');
  const out = execFileSync('wasm-split', [orig, '--enable-mutable-globals', '--enable-sign-ext', `--profile=${profile}`,
    '-o1', path.join(scratch, 'p.wasm'), '-o2', path.join(scratch, 'd.wasm'), '-v'], { maxBuffer: 1 << 26 }).toString();
  const line = out.split('\n').find((l) => l.startsWith('Keeping functions:'));
  const kept = line.slice(line.indexOf(':') + 1).split(',').map((s) => Number(s.trim())).filter(Number.isInteger);
  const names = new Map();
  for (const entry of readFileSync(path.join(app.dir, 'app.js.symbols'), 'utf8').split('\n')) {
    const at = entry.indexOf(':');
    if (at > 0) names.set(Number(entry.slice(0, at)), entry.slice(at + 1));
  }
  const imports = JSON.parse(execFileSync('python3', ['-c',
    'import sys,json; sys.path.insert(0, sys.argv[1]); from wasm_parts import read_module; print(read_module(sys.argv[2])[1])',
    path.join(repoRoot, 'tools'), orig]).toString());
  return kept.map((i) => names.get(imports + i)).filter(Boolean);
}

const readable = (name) => {
  const plain = name.replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return (plain.replace(/(.)\(.*$/s, '$1') || plain).slice(0, 100);
};

const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
const all = new Set();
let port = 8790;
for (const app of apps) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'pw-split-'));
  try {
    const stage = path.join(scratch, 'stage');
    cpSync(app.stage, stage, { recursive: true });
    cpSync(path.join(app.dir, 'app.js'), path.join(stage, 'app.js'));
    cpSync(path.join(app.dir, 'app.wasm'), path.join(stage, 'app.wasm')); // instrumented: nothing is deferred
    writeFileSync(path.join(stage, 'app.deferred.wasm'), '');
    const dist = path.join(scratch, 'dist');
    execFileSync('python3', [path.join(repoRoot, 'tools/pack_web.py'), stage, dist, path.join(scratch, 'single/one.html')]);
    const server = serve(dist, ++port);
    await new Promise((r) => setTimeout(r, 800));
    const profiles = [];
    try {
      for (const run of runs) {
        const file = path.join(scratch, `profile-${profiles.length}`);
        writeFileSync(file, await profileOf(browser, `http://127.0.0.1:${port}/index.html`, run));
        profiles.push(file);
        console.log(`${path.basename(app.dir)}: ${run.name}`);
      }
    } finally {
      server.kill();
    }
    const merged = path.join(scratch, 'merged');
    execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
    const names = keptNames(app, merged, scratch);
    console.log(`${path.basename(app.dir)}: ${names.length} functions on the first screen`);
    for (const n of names) all.add(n);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
await browser.close();

// A static function's name without the number the linker appends to tell it
// apart ("strtox.5129"): the number changes with unrelated code (split_wasm.py).
const stable = (n) => n.replace(/(\.\d+)+$/, '');
const lines = [...new Set([...all].map(stable))]
  .map((n) => `${createHash('sha256').update(n).digest('hex').slice(0, 16)} ${readable(n)}`);
lines.sort((a, b) => a.slice(17).localeCompare(b.slice(17)) || a.localeCompare(b));
writeFileSync(listPath, '# The functions the first screen runs, kept in app.wasm by tools/split_wasm.py\n' +
  '# (SHA-256 of the symbol map\'s name without a trailing ".<number>", 16 hex digits;\n' +
  '# then the name shortened).\n' +
  '# Written by tools/split_profile.mjs; do not edit by hand.\n' + lines.join('\n') + '\n');
console.log(`${listPath}: ${lines.length} functions`);
