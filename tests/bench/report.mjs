// The benchmark's table (plain text and Markdown) and its budgets.
const KB = 1000; // budgets in kilobytes of 1000 bytes: the stricter reading

const ms = (v, digits = 2) => (v === null || v === undefined ? '–' : Number(v).toFixed(digits));
const kb = (bytes) => (bytes / KB).toFixed(1);
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const tail = (s) => (s ? `${ms(s.p95, 3)} / ${ms(s.p99, 3)} / ${ms(s.max, 3)}` : '–');
const spread = (s, digits = 2) => (s ? `${ms(s.median, digits)} / ${ms(s.p95, digits)}` : '–');
// Frame times with their tail and the host's load as they were drawn.
const frameSpread = (s) => (s ? `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.p99)} / ${ms(s.max)}` +
  (s.machineLoad === undefined ? '' : ` (load ${ms(s.machineLoad, 1)})`) : '–');

export function budgets(r) {
  const real = r.content.real;
  const big = r.content['100x'];
  const check = (name, figure, limit, unit, where) => ({ name, figure, limit, unit, where, met: figure !== null && figure <= limit });
  const list = [
    check('first visit transfer, brotli, total', real.transfer.total.brotli / KB, 450, 'KB', 'real content, every file fetched before ready'),
    check('ready vs the minimal ImGui page', real.browser.load.readyRatio, 1.5, '×', `median of ${real.browser.load.loads} interleaved cold loads each`),
    check('frame CPU p95, largest real map at fit', real.browser.frames.mapFit.p95, 4, 'ms', 'in the app'),
    check('frame CPU p95, largest real map while panning', real.browser.frames.mapPan.p95, 4, 'ms', 'in the app'),
    check('search p95, real content (wasm)', real.core.wasm.searchMs.p95, 0.2, 'ms', `${real.core.wasm.searchQueries} queries`),
    check('search p95, real content (native)', real.core.native.searchMs.p95, 0.2, 'ms', `${real.core.native.searchQueries} queries`),
    check('shipped content to model (wasm)', real.core.wasm.unpackMs.median, 20, 'ms', 'median, content.pack and rest.pack'),
    check('shipped content to model (native)', real.core.native.unpackMs.median, 20, 'ms', 'median, content.pack and rest.pack'),
    check('imported content: load + validation (wasm)', real.core.wasm.loadValidateMs.median, 100, 'ms', 'median, JSON bundle'),
  ];
  if (big) {
    list.push(check('search p95 at 100× (wasm)', big.core.wasm.searchMs.p95, 5, 'ms', `${big.core.wasm.searchQueries} queries`));
    list.push(check('search p95 at 100× (native)', big.core.native.searchMs.p95, 5, 'ms', `${big.core.native.searchQueries} queries`));
  }
  // The next goals ("within a fifth of a bare Dear ImGui page"), reported
  // beside the budgets until they are met and become the budgets.
  const goal = (...args) => ({ ...check(...args), goal: true });
  list.push(
    goal('goal: first visit transfer, brotli', real.transfer.total.brotli / KB, 250, 'KB', 'every file fetched before ready; precache apart'),
    goal('goal: ready vs the minimal ImGui page', real.browser.load.readyRatio, 1.2, '×', `median of ${real.browser.load.loads} interleaved cold loads each`),
    goal('goal: shipped content to model (wasm)', real.core.wasm.unpackMs.median, 10, 'ms', 'median, content.pack and rest.pack'),
    goal('goal: frame CPU p95, largest real map at fit', real.browser.frames.mapFit.p95, 2, 'ms', 'in the app'),
    goal('goal: search p95, real content (wasm)', real.core.wasm.searchMs.p95, 0.1, 'ms', 'median of 5 runs per query'),
  );
  if (big) list.push(goal('goal: search p95 at 100× (wasm)', big.core.wasm.searchMs.p95, 2, 'ms', 'median of 5 runs per query'));
  return list;
}

// Rows of [label, ...one cell per content size].
function scalingRows(r) {
  const labels = Object.keys(r.content);
  const row = (label, f) => [label, ...labels.map((l) => { try { return f(r.content[l]); } catch { return '–'; } })];
  const c = (e) => e.core.native.content;
  return {
    header: ['', ...labels.map((l) => (l === 'real' ? 'real content' : `synthetic ${l}`))],
    rows: [
      row('case types / steps / flows / terms', (e) => `${c(e).caseTypes} / ${c(e).steps} / ${c(e).flows} / ${c(e).glossaryTerms}`),
      row('content size (MB) / search vocabulary', (e) => `${mb(c(e).bytes)} / ${c(e).vocabulary}`),
      row('content.pack + rest.pack to model, native / wasm (ms, median)', (e) =>
        `${ms(e.core.native.unpackMs?.median, 1)} / ${ms(e.core.wasm.unpackMs?.median, 1)}`),
      row('first (cold) content.pack + rest.pack to model, native / wasm (ms)', (e) =>
        `${ms(e.core.native.unpackColdMs, 1)} / ${ms(e.core.wasm.unpackColdMs, 1)}`),
      row('bundle to model: load + validate, native (ms, median)', (e) => ms(e.core.native.loadValidateMs.median, 1)),
      row('bundle to model: load + validate, wasm (ms, median)', (e) => ms(e.core.wasm.loadValidateMs.median, 1)),
      row('of which unpacking the bundle, native / wasm (ms)', (e) =>
        `${ms(e.core.native.bundleReadMs?.median, 1)} / ${ms(e.core.wasm.bundleReadMs?.median, 1)}`),
      row('search index build, native / wasm (ms)', (e) => `${ms(e.core.native.indexBuildMs.median, 1)} / ${ms(e.core.wasm.indexBuildMs.median, 1)}`),
      row('content ready in the app, browser (ms)', (e) => ms(e.browser.contentLoadMs, 1)),
      row('machine load (1-minute average) as search and loading were measured', (e) =>
        (e.machineLoad ? `${ms(e.machineLoad.core, 1)} → ${ms(e.machineLoad.coreEnd, 1)}` : '–')),
      row('search native (ms, median / p95 / max)', (e) => `${spread(e.core.native.searchMs, 3)} / ${ms(e.core.native.searchMs.max, 3)}`),
      row('search wasm (ms, median / p95 / max)', (e) => `${spread(e.core.wasm.searchMs, 3)} / ${ms(e.core.wasm.searchMs.max, 3)}`),
      row('search once per query, native / wasm (ms, p95 / p99 / max)', (e) =>
        `${tail(e.core.native.searchSingleMs)} · ${tail(e.core.wasm.searchSingleMs)}`),
      row('search per keystroke, native / wasm (ms, p95 / p99 / max)', (e) =>
        `${tail(e.core.native.searchKeystrokeMs)} · ${tail(e.core.wasm.searchKeystrokeMs)}`),
      row('first (cold) load + validate, native / wasm (ms)', (e) =>
        `${ms(e.core.native.loadValidateColdMs, 1)} / ${ms(e.core.wasm.loadValidateColdMs, 1)}`),
      row('first (cold) index build, native / wasm (ms)', (e) =>
        `${ms(e.core.native.indexBuildColdMs, 1)} / ${ms(e.core.wasm.indexBuildColdMs, 1)}`),
      row('home left alone: frames / main-thread CPU per second, paced / every frame drawn', (e) => {
        const i = e.browser.idle;
        const one = (x) => `${x.framesPerSecond.toFixed(0)} / ${x.cpuMsPerSecond.toFixed(0)} ms`;
        return i ? `${one(i.paced)} · ${one(i.everyFrame)}` : '–';
      }),
      row('frame CPU, home (ms, median / p95 / p99 / max; machine load)', (e) => frameSpread(e.browser.frames.home)),
      row('frame CPU, largest map at fit (ms)', (e) => `${frameSpread(e.browser.frames.mapFit)}, ${e.browser.frames.mapFit.stepsVisible} steps`),
      row('main-thread CPU per frame, largest map at fit, from a trace (ms)', (e) => frameSpread(e.browser.frames.mapFitThreadCpu)),
      row('frame CPU, map while panning (ms)', (e) => `${frameSpread(e.browser.frames.mapPan)}${e.browser.frames.mapPan.scrolled ? '' : ', did not move'}`),
      row('frame CPU, search results (ms)', (e) => frameSpread(e.browser.frames.search)),
      row('wasm heap after start, total / used (MB)', (e) => `${mb(e.browser.heapAfterStart.totalBytes)} / ${mb(e.browser.heapAfterStart.usedBytes)}`),
      row('wasm heap after every view, total / used (MB)', (e) => `${mb(e.browser.heapAfterAllViews.totalBytes)} / ${mb(e.browser.heapAfterAllViews.usedBytes)}`),
    ],
  };
}

function loadRows(r) {
  const l = r.content.real.browser.load;
  return {
    header: ['cold load, real content', 'first frame (ms, median)', 'ready (ms, median)'],
    rows: [
      ['Protocolwijzer', ms(l.app.firstFrameMs.median, 0), ms(l.app.readyMs.median, 0)],
      ['minimal Dear ImGui page', ms(l.minimal.firstFrameMs.median, 0), ms(l.minimal.readyMs.median, 0)],
      ['ratio', ms(l.firstFrameRatio), ms(l.readyRatio)],
    ],
    note: `Protocolwijzer, medians from navigation: runtime started (main) ${ms(l.app.mainMs.median, 0)} ms, ` +
      `WebGL set up ${ms(l.app.glReadyMs?.median, 0)} ms, content arrived ${ms(l.app.contentArrivedMs?.median, 0)} ms, ` +
      `content in the model ${ms(l.app.contentLoadedMs.median, 0)} ms, fonts built ${ms(l.app.fontsBuiltMs.median, 0)} ms; ` +
      `the rest of the content in (rest.pack, asked for after ready) ${ms(l.app.restReadyMs?.median, 0)} ms; ` +
      `search ready (its index built once the rest is in) ${ms(l.app.searchReadyMs?.median, 0)} ms` +
      (l.app.searchReadyMs ? `, ${ms(l.app.searchReadyMs.median / l.minimal.readyMs.median)} × the minimal page's ready.` : '.') +
      (l.machineLoad ? ` Machine load (1-minute average) ${ms(l.machineLoad.before, 1)} before the cold loads, ` +
        `${ms(l.machineLoad.after, 1)} after.` : ''),
  };
}

function transferRows(r) {
  const t = r.content.real.transfer;
  return {
    header: ['first visit: file', 'raw (KB)', 'gzip -9 (KB)', 'brotli (KB)'],
    rows: [...t.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
      ['total before the app is usable', kb(t.total.raw), kb(t.total.gzip), kb(t.total.brotli)]],
    ...(r.content.real.precache ? { note: precacheNote(r.content.real.precache) } : {}),
  };
}

// What the service worker fetches after ready, for offline use: the text
// version, its exercise scorer, the JSON content, the printable cards.
function precacheNote(p) {
  const largest = p.files.slice(0, 4).map((f) => `${f.file} ${kb(f.brotli)} KB`).join(', ');
  return `After ready, the service worker fetches ${p.files.length} more files for offline use: ` +
    `${kb(p.total.brotli)} KB brotli (${kb(p.total.raw)} KB raw); largest ${largest}.`;
}

// The shipped wasm module per part, as linked before tools/split_wasm.py cut
// it in two: raw bytes and the estimated share of its brotli size
// (tools/wasm_parts.py).
function moduleRows(r) {
  const m = r.moduleParts;
  const pct = (v) => `${((100 * v) / m.module.raw).toFixed(1)} %`;
  return {
    header: ['the module as linked (app.wasm + app.deferred.wasm): part', 'raw (KB)', 'share', 'brotli (KB, estimated)'],
    rows: [...m.parts.map((p) => [p.part, kb(p.raw), pct(p.raw), kb(p.brotliEstimate)]),
      ['module', kb(m.module.raw), '100 %', kb(m.module.brotli)]],
    note: `${m.module.functions} functions; inlined code counts where it was inlined. Largest: ` +
      m.largestFunctions.slice(0, 5).map((f) => `${f.name} ${kb(f.bytes)} KB (${f.part})`).join(', ') + '.',
  };
}

function budgetRows(r) {
  return {
    header: ['budget', 'figure', 'limit', 'met', 'measured on'],
    rows: r.budgets.map((b) => [b.name, `${ms(b.figure, b.unit === 'KB' ? 1 : 3)} ${b.unit}`, `${b.limit} ${b.unit}`,
      b.met ? 'yes' : b.goal ? 'not yet' : 'NO', b.where]),
  };
}

function text({ header, rows, note }) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ...(note ? [note] : [])].join('\n');
}

function markdown({ header, rows, note }) {
  const line = (row) => `| ${row.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line), ...(note ? ['', note] : [])].join('\n');
}

function sections(r) {
  return [budgetRows(r), loadRows(r), transferRows(r), ...(r.moduleParts ? [moduleRows(r)] : []), scalingRows(r)];
}

export function renderTable(r) {
  return sections(r).map(text).join('\n\n');
}

export function renderMarkdown(r) {
  const m = r.machine;
  return [
    `Measured ${r.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.os}, ` +
      `node ${m.node}, ${m.chromium} (headless, software GL)${r.quick ? ', quick run' : ''}` +
      (m.loadAtStart ? `; load average at the start ${m.loadAtStart.map((v) => v.toFixed(2)).join(' / ')} (1 / 5 / 15 minutes).` : '.'),
    ...sections(r).map(markdown),
  ].join('\n\n') + '\n';
}
