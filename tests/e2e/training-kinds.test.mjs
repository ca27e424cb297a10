// A new exercise played in Chromium to the debrief, with the new kinds of
// question: routes picked in sequence, who decides, an order, a judgement.
// A role error on the way makes the ending fall from the path's good ending to
// a bad one, and the debrief says why. Screenshots of a route question at
// 1280x720 and 1920x1080, and of the debrief.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appState, clickItem, launchBrowser, screenshot, scrollToItem, startServer, waitForState, waitReady, watchProblems } from './lib.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const id = 'escalatie-dtv-contactpersoon';

async function open(hash, { width, height }) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + hash);
  await waitReady(page);
  return { context, page, problems };
}

const atDecision = (page, decision) =>
  waitForState(page, (s) => s.training.decision === decision && !s.training.showingFeedback &&
    (s.view === 'exercise' || s.view === 'trainer'), `decision ${decision}`);

async function answer(page, decision, items, { submit = 'antwoord-geven' } = {}) {
  await atDecision(page, decision);
  for (const item of items) await clickItem(page, `keuze:${item}`);
  await clickItem(page, submit);
  const state = await waitForState(page, (s) => s.training.showingFeedback && /feedback/.test(s.view), 'feedback');
  await clickItem(page, 'verder');
  return state.training.lastOutcome;
}

async function shotOf(page, name) {
  const shot = await screenshot(page, name);
  assert.ok(shot.colours > 50 && shot.differing > 0.05, `${name} looks blank`);
}

describe('a new exercise with routes, who decides and an order', () => {
  test('played to the debrief; a role error makes the ending fall and the debrief says why', async () => {
    const { context, page, problems } = await open(`#/oefenen/${id}`, { width: 1280, height: 720 });
    await atDecision(page, 'vraag-regievoerder');
    // A route is picked in sequence; a second click takes a stop out again.
    await clickItem(page, 'keuze:route:skiv');
    await clickItem(page, 'keuze:route:contactpersoon-andere-organisatie');
    await waitForState(page, (s) => s.training.draft.escalation.length === 2, 'two stops');
    await clickItem(page, 'keuze:route:skiv');
    let state = await waitForState(page, (s) => s.training.draft.escalation.length === 1, 'one stop');
    assert.deepEqual(state.training.draft.escalation, ['contactpersoon-andere-organisatie']);
    await shotOf(page, 'training-route-1280');
    await clickItem(page, 'antwoord-geven');
    state = await waitForState(page, (s) => s.training.showingFeedback, 'feedback');
    assert.deepEqual(state.training.lastOutcome.feedback.map((f) => [f.dimension, f.points]), [['route', 1]]);
    await clickItem(page, 'verder');

    // The SKIV is asked to decide on a case: a role error.
    const skiv = await answer(page, 'skiv-beslissen', ['beslisser:skiv']);
    assert.deepEqual(skiv.mistakes, ['rolfout']);
    assert.ok(skiv.feedback[0].rules.includes('beslisser-niet'));
    await answer(page, 'knelpunt', ['route:skiv']);
    await answer(page, 'afspraken', ['route:skiv', 'route:directeurenoverleg']);
    const order = await answer(page, 'hoe-directeuren',
      ['volgorde:signaal', 'volgorde:agenda', 'volgorde:skiv-overleg', 'volgorde:besluit']);
    assert.deepEqual(order.feedback.map((f) => [f.kind, f.points]), [['order', 0.5]], 'one neighbouring swap');
    await answer(page, 'ervaring', ['route:contactpersonenoverleg']);
    await answer(page, 'mandaat', ['oordeel:signaleren']);

    state = await waitForState(page, (s) => s.view === 'debrief' && s.texts.score, 'debrief');
    assert.equal(state.texts.score, '5,5 van 7 punten');
    // The path led to the good ending, but the role error makes it fall to the bad one.
    assert.deepEqual(state.training.ending, { id: 'rondzingen', good: false });
    assert.equal(state.texts.afloop, 'rondzingen');
    assert.deepEqual(state.training.mistakes, ['rolfout', 'stapfout']);
    await scrollToItem(page, 'afloop');
    await shotOf(page, 'training-debrief-kinds-1280');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a route question at projector size, with letters and the protocol marked on reveal', async () => {
    const { context, page, problems } = await open(`#/oefenen/${id}/trainer`, { width: 1920, height: 1080 });
    await atDecision(page, 'vraag-regievoerder');
    await clickItem(page, 'toon-opties');
    await clickItem(page, 'toon-antwoord');
    const state = await waitForState(page, (s) => s.training.session.revealed && s.items['keuze:route:skiv'], 'revealed');
    for (const item of ['keuze:route:skiv', 'keuze:route:contactpersoon-andere-organisatie', 'protocol-antwoord'])
      assert.ok(state.items[item], `${item} is shown`);
    await clickItem(page, 'keuze:route:contactpersoon-andere-organisatie');
    await shotOf(page, 'trainer-route-1920');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
