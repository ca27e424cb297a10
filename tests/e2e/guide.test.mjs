// The guide as a person uses it: home, search, role lens, walkthrough, saved
// progress, keyboard and clipboard — in real Chromium with real input events.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  appState, caseTypeFromBundle, clickItem, clickStep, launchBrowser, nextFrames, reloadPage, screenshot, startServer, waitForState, waitReady, watchProblems,
} from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(hash = '', { width = 1280, height = 720, init, permissions } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (permissions) await context.grantPermissions(permissions, { origin: server.url });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + hash);
  const state = await waitReady(page);
  return { context, page, problems, state };
}

// Clicks a named control once it has stood still for a frame (a popup places
// itself on its second frame).

const textInputFocused = (page) =>
  page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');

describe('home', () => {
  test('three journeys, and "Ik ben nieuw" starts the onboarding path', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const { context, page, problems, state } = await open('', { width, height });
      assert.equal(state.view, 'home');
      for (const j of ['reis:nieuw', 'reis:zoeken', 'reis:training']) assert.ok(state.items[j], `${j} on screen`);
      await screenshot(page, `home-${width}`);
      if (width === 1280) {
        await clickItem(page, 'reis:nieuw');
        // The route changes at once, the view with the next frame.
        await waitForState(page, (x) => x.route === '#/kaart/rolverdeling' && x.view === 'card', 'first item of the path');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('search', () => {
  test('a folded query, typed, and Enter opens the best step', async () => {
    const { context, page, problems } = await open();
    await page.keyboard.press('/'); // focuses the search box from anywhere
    await page.keyboard.type('beeindiging');
    const s = await waitForState(page, (x) => x.view === 'search' && x.search.titles.length > 0, 'results');
    assert.ok(s.search.titles[0].includes('gezagsbeëindiging'), s.search.titles[0]);
    await screenshot(page, 'search-results');
    await page.keyboard.press('Enter');
    const opened = await waitForState(page, (x) => x.view === 'map', 'the step');
    // Two steps are about the gezagsbeëindiging; Enter opens the one listed first.
    assert.match(opened.route, /^#\/proces\/kb-maatregel\/stap\/(uitspraak-gezag-delen|einde-gezagsbeeindiging)$/);
    assert.equal(opened.detailTitle, s.search.titles[0]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an abbreviation finds its expansion: "uitspraak ondertoezichtstelling" opens the OTS step', async () => {
    const { context, page, problems } = await open('#/zoek/');
    await clickItem(page, 'zoeken');
    await textInputFocused(page);
    await page.keyboard.type('uitspraak ondertoezichtstelling');
    await waitForState(page, (x) => x.search.titles.length > 0, 'results');
    await page.keyboard.press('Enter');
    const opened = await waitForState(page, (x) => x.view === 'map', 'the step');
    assert.equal(opened.route, '#/proces/kb-maatregel/stap/uitspraak-ots-delen');
    assert.equal(opened.detailTitle, caseTypeFromBundle('kb-maatregel').steps.find((s) => s.id === 'uitspraak-ots-delen').title);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('dead keys and paste reach the search box', async () => {
    const { context, page, problems } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await clickItem(page, 'zoeken');
    await textInputFocused(page);
    await page.keyboard.insertText('beëindiging'); // what a dead-key sequence or an IME commits
    await waitForState(page, (x) => x.search.query === 'beëindiging', 'composed text');
    // ImGui 1.86 reads keys once per frame: Ctrl is held until a frame saw
    // Ctrl+A, and Backspace comes in a later frame.
    await page.keyboard.down('Control');
    await page.keyboard.press('A');
    await nextFrames(page);
    await page.keyboard.up('Control');
    await nextFrames(page);
    await page.keyboard.press('Backspace');
    await waitForState(page, (x) => x.search.query === '', 'the query selected and deleted');
    await page.evaluate(() => navigator.clipboard.writeText('voogdij'));
    await page.keyboard.press('Control+V');
    // The results follow the query (in the frame after it changed).
    await waitForState(page, (x) => x.search.query === 'voogdij'
      && x.search.titles.some((t) => t.toLowerCase().includes('voogdij')), 'pasted text and its results');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('process map', () => {
  test('the role lens highlights what a role does, sends and receives', async () => {
    const { context, page, problems } = await open('#/proces/kb-maatregel');
    let s = await appState(page);
    assert.deepEqual(s.lensSteps, {});
    await clickItem(page, 'rolbril');
    await clickItem(page, 'rolbril:dtv');
    s = await waitForState(page, (x) => x.lens === 'dtv', 'DT&V lens');
    assert.match(s.lensSteps['dtv-toetst'], /voert uit/);
    assert.match(s.lensSteps['onderzoek-aangekondigd'], /ontvangt/);
    assert.equal(s.lensSteps.melding, undefined, 'the DT&V has no part in the melding');
    await screenshot(page, 'map-role-lens-dtv');
    // A function lens: only the steps of the RvdK contact person.
    await clickItem(page, 'rolbril');
    await clickItem(page, 'rolbril:rvdk-contactpersoon');
    s = await waitForState(page, (x) => x.lens === 'rvdk-contactpersoon', 'contact person lens');
    assert.match(s.lensSteps['onderzoek-aangekondigd'], /voert uit/);
    assert.equal(s.lensSteps['dtv-toetst'], undefined);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('zoom buttons, fit and keyboard change the zoom; a step click opens its details', async () => {
    const { context, page, problems } = await open('#/proces/kb-maatregel');
    const z0 = (await appState(page)).mapZoom;
    await clickItem(page, 'inzoomen');
    const z1 = (await waitForState(page, (x) => x.mapZoom > z0, 'zoom in')).mapZoom;
    await page.mouse.click(5, 700); // canvas, outside any control
    await page.keyboard.press('-');
    await waitForState(page, (x) => x.mapZoom < z1, 'zoom out by key');
    await page.keyboard.press('-');
    await waitForState(page, (x) => x.mapZoom < z0, 'zoomed out past the fit');
    // "Passend" fits all lanes at readable text (issue 17: not a strip without
    // text), which is where the map opened: a long map scrolls sideways.
    await clickItem(page, 'passend');
    const fit = await waitForState(page, (x) => x.mapZoom === z0, 'the fit the map opened with');
    assert.ok(fit.steps.melding, 'the first step is shown at the fit');
    await clickStep(page, 'melding');
    await waitForState(page, (x) => x.step === 'melding', 'melding selected');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a step shows the quote under its citation, and the Illustratief label where it applies', async () => {
    const step = caseTypeFromBundle('kb-maatregel').steps.find((s) => s.id === 'uitspraak-afwijzing-delen');
    assert.ok(step.illustrative, 'the rejection of the request is an assumption of the guide');
    const { context, page, problems } = await open('#/proces/kb-maatregel/stap/uitspraak-afwijzing-delen');
    const mirror = () => page.evaluate(() => document.getElementById('a11y').textContent);
    await page.waitForFunction(() => document.getElementById('a11y').textContent.includes('Illustratief'));
    // The sources come last in the detail panel: scroll it until the quote is drawn.
    const quote = step.sources[0].quote;
    await page.mouse.move(1050, 400);
    for (let i = 0; i < 30 && !(await mirror()).includes(quote); i++) {
      await page.mouse.wheel(0, 300);
      await nextFrames(page, 2); // the wheel applied and the mirror redrawn, however slow the frames
    }
    const text = await mirror();
    assert.ok(text.includes(`“${quote}”`), 'the quote, set off in quotation marks');
    assert.ok(text.includes(step.illustrativeNote), 'the note on what was assumed');
    await screenshot(page, 'step-quote-illustrative-1280');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('walkthrough', () => {
  test('the worked example runs from start to finish, with back and restart', async () => {
    const kb = caseTypeFromBundle('kb-maatregel');
    const example = kb.examples[0];
    const { context, page, problems } = await open(`#/proces/kb-maatregel/voorbeeld/${example.id}`);
    let s = await appState(page);
    assert.deepEqual(s.walkthrough.trail, [kb.start]);
    await clickItem(page, 'walkthrough:voorbeeld');
    await clickItem(page, 'walkthrough:voorbeeld');
    s = await waitForState(page, (x) => x.walkthrough.trail.length === 3, 'two steps on');
    await clickItem(page, 'walkthrough:terug');
    await waitForState(page, (x) => x.walkthrough.trail.length === 2, 'one back');
    await screenshot(page, 'walkthrough-step');
    await clickItem(page, 'walkthrough:opnieuw');
    await waitForState(page, (x) => x.walkthrough.trail.length === 1, 'restarted');
    for (let i = 0; i < example.path.length + 5; i++) {
      s = await appState(page);
      if (s.walkthrough.finished) break;
      await clickItem(page, 'walkthrough:voorbeeld');
      await waitForState(page, (x) => x.walkthrough.trail.length === s.walkthrough.trail.length + 1, 'a step on');
    }
    s = await appState(page);
    assert.equal(s.walkthrough.finished, true);
    assert.deepEqual(s.walkthrough.trail, example.path.map((p) => p.step));
    // The panel records the completion when it draws the finished state: a
    // frame after the last step, so wait for it rather than read it at once.
    await waitForState(
      page,
      (x) => x.completedWalkthroughs.includes(`kb-maatregel/${example.id}`),
      'the example is recorded as completed',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the guide at every size', () => {
  // A laptop, a projector, a small laptop, 1280 at 200 % zoom, a phone: the top
  // bar's controls stay on screen (folded into "Menu" when narrow) and each
  // view is photographed for a person to look at.
  test('home, map at default and fit, a step and the walkthrough at five sizes', async () => {
    const kb = caseTypeFromBundle('kb-maatregel');
    const sizes = [[1280, 720], [1920, 1080], [800, 600], [640, 360], [320, 568]];
    for (const [width, height] of sizes) {
      const { context, page, problems } = await open('', { width, height });
      const places = [
        ['home', ''],
        ['map', '#/proces/kb-maatregel'],
        ['step', `#/proces/kb-maatregel/stap/${kb.start}`],
        ['walkthrough', `#/proces/kb-maatregel/voorbeeld/${kb.examples[0].id}`],
      ];
      for (const [name, hash] of places) {
        await page.evaluate((h) => { location.hash = h; }, hash || '#/');
        const s = await waitForState(page, (x) => x.route === (hash || '#/') && x.items.zoeken, name);
        const bar = s.items.instellingen ? ['zoeken', 'proces', 'rolbril', 'instellingen'] : ['zoeken', 'proces', 'rolbril', 'menu'];
        for (const item of bar) {
          assert.ok(s.items[item], `${item} on screen at ${width}x${height} (${name})`);
          const [x, , w] = s.items[item];
          assert.ok(x >= 0 && x + w <= width + 0.5,
            `${item} within the width at ${width}x${height} (${name})`);
        }
        if (name === 'walkthrough' && width >= 800) {
          // Two steps on, the example stands at its first decision.
          await clickItem(page, 'walkthrough:voorbeeld');
          await waitForState(page, (x) => x.walkthrough.trail.length === 2, 'one step on');
          await clickItem(page, 'walkthrough:voorbeeld');
          const w = await waitForState(page, (x) => x.walkthrough.trail.length === 3, 'at the decision');
          assert.equal(kb.steps.find((st) => st.id === w.walkthrough.trail[2]).kind, 'decision');
        }
        await screenshot(page, `size-${name}-${width}x${height}`);
        if (name === 'map') {
          await page.keyboard.press('0'); // "Passend"
          await screenshot(page, `size-map-fit-${width}x${height}`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('saved progress', () => {
  test('visited places and settings survive a reload; the last place is one click away', async () => {
    const { context, page, problems } = await open('#/proces/kb-maatregel/stap/melding');
    await clickItem(page, 'instellingen');
    await clickItem(page, 'thema:donker');
    await waitForState(page, (x) => x.settings.theme === 'dark', 'dark theme');
    await page.keyboard.press('Escape');
    await page.goto(server.url + '#/');
    await reloadPage(page, problems);
    const s = await waitReady(page);
    assert.equal(s.settings.theme, 'dark');
    assert.ok(s.visited.includes('#/proces/kb-maatregel/stap/melding'));
    await clickItem(page, 'verder');
    await waitForState(page, (x) => x.route === '#/proces/kb-maatregel/stap/melding', 'back where I was');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a corrupt stored value is reported and replaced, the app starts normally', async () => {
    const { context, page, problems, state } = await open('', {
      init: () => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('protocolwijzer', '{"app":"protocolwijzer","version":1,"visited":"kapot'); sessionStorage.setItem('seeded', '1'); } },
    });
    assert.equal(state.status, 'ready');
    assert.match(state.notice, /opnieuw begonnen/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('protocolwijzer')));
    assert.equal(stored.version, 3, "rewritten in the current version");
    await reloadPage(page, problems);
    const again = await waitReady(page);
    assert.equal(again.notice, '');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('deep links', () => {
  test('a wrong route shows the nearest places, never a blank screen', async () => {
    const { context, page, problems, state } = await open('#/proces/kb-maatregel/stap/meldng');
    assert.equal(state.view, 'not_found');
    await clickItem(page, 'suggestie:0');
    const s = await waitForState(page, (x) => x.view !== 'not_found', 'a suggestion');
    assert.equal(s.route, '#/proces/kb-maatregel/stap/melding');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Kopieer link" puts the current link on the clipboard', async () => {
    const { context, page, problems } = await open('#/rol/dtv-regievoerder', { permissions: ['clipboard-read', 'clipboard-write'] });
    await clickItem(page, 'kopieer-link');
    await waitForState(page, (x) => x.notice.length > 0, 'confirmation');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, server.url + '#/rol/dtv-regievoerder');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
