// The printable reference cards (kaart/<case-type>.html): each prints on at
// most two A4 pages with nothing cut off, "Afdrukken" in the app opens the
// card of the process shown, tekst.html links every card, and the cards work
// offline after a first visit.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  clickItem, config, launchBrowser, startServer, waitForState, waitReady, watchProblems,
} from './lib.mjs';

const cardFiles = readdirSync(path.join(config.dist, 'kaart')).filter((f) => f.endsWith('.html') && f !== 'index.html');
const caseTypes = cardFiles.map((f) => f.replace(/\.html$/, ''));
const largest = cardFiles.reduce((a, b) =>
  (statSync(path.join(config.dist, 'kaart', a)).size >= statSync(path.join(config.dist, 'kaart', b)).size ? a : b));

// A4 at 96 dpi: what the print emulation lays the card out in.
const a4 = { width: 794, height: 1123 };

let browser, server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await server?.stop();
  await browser?.close();
});

// Pages in a PDF: one "/Type /Page" object per page ("/Type /Pages" is the tree).
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;

// Elements whose content is wider than their box (clipped or spilling), as "tag.class: text".
const overflowing = (page) => page.evaluate(() => [...document.querySelectorAll('body, main, header, h1, h2, p, table, tr, th, td, ul, ol, li')]
  .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
  .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}: ${el.textContent.slice(0, 80)}`));

describe('every card in print', () => {
  test('there is a card per case type', () => {
    assert.ok(caseTypes.length >= 7, `cards: ${caseTypes}`);
  });

  for (const file of cardFiles) {
    test(`${file}: at most two A4 pages, nothing wider than its box`, async () => {
      const context = await browser.newContext({ viewport: a4 });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${server.url}kaart/${file}`);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await overflowing(page), []);
      // The tools line (Afdrukken button, link to the guide) is for the screen only.
      assert.equal(await page.locator('.tools').isVisible(), false);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdfPages(pdf);
      assert.ok(pages >= 1 && pages <= 2, `${file}: ${pages} pages`);
      // Every card as printed, page by page (A4-high slices of the print
      // layout), for a person to look at.
      const name = file.replace(/\.html$/, '');
      mkdirSync(config.artifacts, { recursive: true });
      writeFileSync(path.join(config.artifacts, `card-${name}.pdf`), pdf);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let top = 0, n = 1; top < height; top += a4.height, n++) {
        await page.screenshot({
          path: path.join(config.artifacts, `card-${name}-print-${n}.png`),
          clip: { x: 0, y: top, width: a4.width, height: Math.min(a4.height, height - top) },
          fullPage: true,
        });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('cards from the app and the text version', () => {
  test('"Afdrukken" on a process opens its card in a new tab', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.url}#/proces/dublin`);
    await waitReady(page);
    await waitForState(page, (s) => s.view === 'map' && s.caseType === 'dublin', 'the Dublin map');
    const [card] = await Promise.all([context.waitForEvent('page'), clickItem(page, 'afdrukken')]);
    await card.waitForLoadState();
    assert.match(card.url(), /\/kaart\/dublin\.html$/);
    assert.match(await card.locator('h1').textContent(), /^Naslagkaart: /);
    // The guide stays where it was.
    assert.match(page.url(), /#\/proces\/dublin$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('tekst.html links every card, and the card index lists them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}tekst.html`);
    const links = await page.locator('a.card-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.sort(), caseTypes.map((id) => `kaart/${id}.html`).sort());
    await page.goto(`${server.url}kaart/index.html`);
    const listed = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(listed.sort(), cardFiles.slice().sort());
    await context.close();
  });

  test('a card opens offline after a first visit to the app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.protocolwijzer.offlineReady,
      null, { timeout: 20000 });
    await context.setOffline(true);
    await page.goto(`${server.url}kaart/${largest}`);
    assert.match(await page.locator('h1').textContent(), /^Naslagkaart: /);
    await context.close();
  });
});
