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
// screen; a returning visit; a pointer and Tab keys on the first screen)
// until the exercises would come, which boot.js hands over only once the
// second part is in, reads the record (`__write_profile`) and keeps every function any
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
const runs = [
  { name: 'plain' },
  { name: 'content late', before: delay(/content\.[0-9a-f]+\.pack$/, 800) },
  { name: 'fonts late', before: delay(/ui-bold\.[0-9a-f]+\.ttf$/, 800) },
  { name: 'dark, small', context: { colorScheme: 'dark', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } },
  { name: 'returning visit', reload: true },
  { name: 'pointer and keys', act: true },
];

function serve(root, port) {
  return spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
}

async function profileOf(browser, url, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(run.context || {}) });
  const page = await context.newPage();
  if (run.before) await run.before(page);
  // What runs once the exercises are in runs after the second part is
  // (boot.js hands them over then): they never come here.
  await page.route(/exercises\.[0-9a-f]+\.pack$/, () => {});
  const ready = () => page.waitForFunction(() => window.protocolwijzer && window.protocolwijzer.ready === true,
    null, { timeout: 30000 });
  await page.goto(url);
  await ready();
  if (run.reload) {
    await page.waitForTimeout(500);
    await page.reload();
    await ready();
  }
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

const lines = [...all].map((n) => `${createHash('sha256').update(n).digest('hex').slice(0, 16)} ${readable(n)}`);
lines.sort((a, b) => a.slice(17).localeCompare(b.slice(17)) || a.localeCompare(b));
writeFileSync(listPath, '# The functions the first screen runs, kept in app.wasm by tools/split_wasm.py\n' +
  '# (SHA-256 of the symbol map\'s name, 16 hex digits; then the name shortened).\n' +
  '# Written by tools/split_profile.mjs; do not edit by hand.\n' + lines.join('\n') + '\n');
console.log(`${listPath}: ${lines.length} functions`);
