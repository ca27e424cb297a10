// Cold loads of two or more builds of the app, interleaved with the minimal
// ImGui page, to tell whether a change moved "ready" (tests/bench/README.md).
// The full benchmark measures one build; a change's effect is smaller than
// the spread between its runs, so the builds are compared within one run.
//
// Usage: node tests/bench/ab_cold_loads.mjs LOADS SITE...
//   SITE: a copy of build/wasm/test/dist with the minimal page in minimal/
//   (as tests/bench/run's build/bench/site-1x is), one per build compared.
//   LATENCY=40 emulates 40 ms of latency and 20 Mbit/s (Chromium's
//   network emulation): loopback hides what a download costs.
import { launchBrowser, startServer } from '../e2e/lib.mjs';
import { stats } from './browser_figures.mjs';

const [loadsArg, ...sites] = process.argv.slice(2);
const loads = Number(loadsArg);
if (!loads || sites.length === 0) {
  console.error('usage: node tests/bench/ab_cold_loads.mjs LOADS SITE...');
  process.exit(2);
}
const marks = ['pw-main', 'pw-gl-ready', 'pw-content-arrived', 'pw-content-loaded', 'pw-fonts-built', 'pw-ready'];
const latency = Number(process.env.LATENCY || 0);

async function coldLoad(browser, url, readyCheck) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency, downloadThroughput: 2.5e6, uploadThroughput: 1e6 });
  }
  await page.goto(url);
  await page.waitForFunction(readyCheck, null, { timeout: 60000 });
  const at = await page.evaluate((names) => Object.fromEntries(
    names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])), marks);
  await context.close();
  return at;
}

const browser = await launchBrowser();
const servers = [];
try {
  for (const site of sites) servers.push(await startServer(site));
  const app = sites.map(() => []), minimal = [];
  for (let i = 0; i < loads; ++i) {
    for (let k = 0; k < sites.length; ++k)
      app[k].push(await coldLoad(browser, servers[k].url, () => window.protocolwijzer?.ready === true));
    minimal.push(await coldLoad(browser, new URL('minimal/index.html', servers[0].url).href,
      () => window.minimalReady === true));
  }
  const median = (rows, mark) => stats(rows.map((r) => r[mark]).filter((v) => v !== null)).median;
  const minimalReady = median(minimal, 'pw-ready');
  console.log(`minimal page ready ${Math.round(minimalReady)} ms (median of ${loads})`);
  for (let k = 0; k < sites.length; ++k) {
    const steps = marks.map((m) => `${m.replace('pw-', '')} ${Math.round(median(app[k], m))}`).join(' | ');
    console.log(`${sites[k]}: ${steps} | ratio ${(median(app[k], 'pw-ready') / minimalReady).toFixed(2)}`);
  }
} finally {
  for (const server of servers) await server.stop();
  await browser.close();
}
