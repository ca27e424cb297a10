// `protocolwijzer exercises` and `protocolwijzer play` as an author uses them:
// the listing names every decision, its choices, branches and endings with the
// figures over all exercises; a play with answers per decision id prints the
// path, the points per decision and question, the total and the maximum, and
// the ending that follows from what was answered; bad input gets a Dutch reason.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const cli = process.env.PW_CLI || path.join(repoRoot, 'build/native/cli/protocolwijzer');
const fixtures = path.join(repoRoot, 'tests/fixtures/play');
const run = (...args) => JSON.parse(execFileSync(cli, args, { encoding: 'utf8' }));
const fails = (...args) => {
  const r = spawnSync(cli, args, { encoding: 'utf8' });
  assert.notEqual(r.status, 0, `${args.join(' ')} should fail`);
  return r.stderr;
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pw-play-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const answersFile = (name, value) => {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

describe('protocolwijzer exercises --json', () => {
  const { exercises, summary } = run('exercises', '--json');
  test('lists every exercise with decisions, choices, branches and endings', () => {
    assert.ok(exercises.length >= 20);
    for (const ex of exercises) {
      assert.ok(ex.decisions.length > 0 && ex.endings.length > 0, ex.id);
      assert.ok(ex.endings.some((e) => !e.good), `${ex.id} has a bad ending`);
      for (const d of ex.decisions)
        for (const q of d.questions) assert.ok(q.choices.length >= 2, `${ex.id}/${d.id}/${q.kind}`);
    }
    const kb = exercises.find((e) => e.id === 'kb-ind-contactpersoon');
    const info = kb.decisions.find((d) => d.id === 'verblijfsinfo');
    assert.deepEqual(info.questions.map((q) => q.kind), ['recipients', 'data', 'channel']);
    assert.ok(info.branches.some((b) => b.when === 'fout:datalek' && b.to === 'lek'));
    assert.deepEqual(kb.protocolPath, ['aankondiging', 'verblijfsinfo', 'vraag-ots']);
  });
  test('the figures over all exercises', () => {
    assert.ok(summary.meanDecisions >= 5);
    assert.ok(summary.kinds.length >= 5);
    assert.ok(summary.branchingShare >= 0.3);
    assert.equal(summary.exercisesWithBadEnding, summary.exercises);
  });
});

describe('protocolwijzer play', () => {
  test('with the protocol\'s answers: full marks and the good ending', () => {
    const r = run('play', 'kb-ind-contactpersoon', '--protocol', '--json');
    assert.equal(r.total, r.max);
    assert.deepEqual(r.path.map((p) => p.decision), ['aankondiging', 'verblijfsinfo', 'vraag-ots']);
    assert.equal(r.ending.good, true);
    assert.deepEqual(r.mistakes, []);
  });
  test('with a poor run: its own path, points per question, mistakes, and a bad ending', () => {
    const r = run('play', 'kb-ind-contactpersoon', '--answers', path.join(fixtures, 'kb-ind-poor.json'), '--json');
    assert.deepEqual(r.path.map((p) => p.decision), ['aankondiging', 'verblijfsinfo', 'lek', 'vraag-ots']);
    const info = r.path[1];
    assert.deepEqual(info.dimensions.map((d) => [d.kind, d.points]), [['recipients', 0.5], ['data', 0.5], ['channel', 0]]);
    assert.ok(info.dimensions[2].rules.includes('kanaal-mailgroep-niet-mail'));
    assert.ok(info.mistakes.includes('datalek') && info.mistakes.includes('te-veel-gedeeld'));
    assert.equal(info.next, 'lek');
    assert.equal(r.total, 1.5);
    assert.equal(r.max, 6);
    assert.equal(r.ending.id, 'met-schade');
    assert.equal(r.ending.good, false);
  });
  test('bad input is refused with a reason in Dutch', () => {
    assert.match(fails('play', 'kb-ind-contactpersoo', '--protocol'), /bestaat niet; bedoelde je "kb-ind-contactpersoon"\?/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', answersFile('kapot.json', '{"aankondiging": ')),
      /is geen geldige JSON/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', answersFile('lijst.json', [])), /moet een object zijn/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', answersFile('kort.json', { aankondiging: { action: 'informeren' } })),
      /Geen antwoord voor beslismoment "verblijfsinfo" \(het pad tot nu: aankondiging\)/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', answersFile('fout.json', { aankondiging: { action: 'bestaat-niet' } })),
      /"bestaat-niet" is geen keuze/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', answersFile('veld.json', { aankondiging: { actie: 'x' } })),
      /Onbekend veld "actie"/);
    assert.match(fails('play', 'kb-ind-contactpersoon', '--answers', path.join(tmp, 'bestaat-niet.json')), /niet lezen/);
    assert.match(fails('play', 'kb-ind-contactpersoon'), /--answers BESTAND, of speel met --protocol/);
  });
});
