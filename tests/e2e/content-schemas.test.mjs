// content/ checked against its JSON Schemas by ajv, a validator nobody here
// wrote: the schemas an author's editor uses must agree with the C++ loader.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { repoRoot } from './lib.mjs';

const contentDir = path.join(repoRoot, 'content');
const schemaDir = path.join(contentDir, 'schemas');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

function makeAjv() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const name of readdirSync(schemaDir)) ajv.addSchema(read(path.join(schemaDir, name)), name);
  return ajv;
}

function validate(ajv, file) {
  const doc = read(file);
  assert.ok(doc.$schema, `${file} names its schema in $schema`);
  const schemaName = path.basename(path.resolve(path.dirname(file), doc.$schema));
  const check = ajv.getSchema(schemaName);
  assert.ok(check, `${file}: schema ${doc.$schema} exists`);
  return { ok: check(doc), errors: check.errors, doc, check };
}

describe('content files against their JSON Schemas', () => {
  const ajv = makeAjv();
  const manifest = read(path.join(contentDir, 'manifest.json'));
  for (const name of ['manifest.json', ...manifest.files]) {
    test(name, () => {
      const { ok, errors } = validate(ajv, path.join(contentDir, name));
      assert.ok(ok, ajv.errorsText(errors, { separator: '\n' }));
    });
  }

  test('the schemas are strict: an unknown field or a wrong type is refused', () => {
    const file = path.join(contentDir, 'case-types', 'kb-maatregel.json');
    const { doc, check } = validate(ajv, file);
    const typo = structuredClone(doc);
    typo.steps[0].flows[0].purpses = ['x'];
    assert.equal(check(typo), false);
    assert.match(ajv.errorsText(check.errors), /additional properties/);
    const wrong = structuredClone(doc);
    wrong.steps[0].kind = 'beslissing';
    assert.equal(check(wrong), false);
    const unsourced = structuredClone(doc);
    delete unsourced.steps[0].flows[0].sources;
    assert.equal(check(unsourced), false);
  });

  test('the schemas want a source or a flag for every claim, as the validator does', () => {
    const kb = validate(ajv, path.join(contentDir, 'case-types', 'kb-maatregel.json'));
    const flagged = structuredClone(kb.doc);
    delete flagged.steps[0].sources;
    assert.equal(kb.check(flagged), false, 'a step with neither source nor flag');
    flagged.steps[0].illustrative = true;
    assert.equal(kb.check(flagged), false, 'a flag without a note on what was assumed');
    flagged.steps[0].illustrativeNote = 'Aangenomen.';
    assert.equal(kb.check(flagged), true, kb.check.errors && ajv.errorsText(kb.check.errors));
    const roles = validate(ajv, path.join(contentDir, 'organisations.json'));
    const plain = structuredClone(roles.doc);
    plain.roles[0].tasks[0] = 'Meldt zorgen.';
    assert.equal(roles.check(plain), false, 'a task as plain text, without its source');
    const bare = structuredClone(roles.doc);
    delete bare.decisionRights[0].sources;
    assert.equal(roles.check(bare), false, 'a decision right with neither source nor flag');
  });

  test('the scenario schema refuses an answer without feedback and a real-looking identifier', () => {
    const file = path.join(contentDir, 'scenarios', 'kb-ind-contactpersoon.json');
    const { doc, check } = validate(ajv, file);
    const silent = structuredClone(doc);
    delete silent.decisions[0].action.options[0].feedback;
    assert.equal(check(silent), false);
    const real = structuredClone(doc);
    real.persons[0].identifier = 'V-2734561';
    assert.equal(check(real), false);
  });
});

// The validator and the JSON Schemas agree on a corpus of broken files: every
// content file mutated at every place its schema has a rule (an id that breaks
// deep links, a wrong type, a duplicate in a list, a missing or unknown field,
// an empty text), deduplicated by place. Each mutation goes through ajv and
// through the validator (tests/content/validate_each.cpp); their verdicts must
// be the same. Rules a JSON Schema cannot express are checked the other way:
// the validator refuses, ajv lets them pass.
describe('the validator and the JSON Schemas agree on broken files', () => {
  const validateEach = process.env.PW_VALIDATE_EACH;
  const ajv = makeAjv();
  const manifest = read(path.join(contentDir, 'manifest.json'));
  const files = ['manifest.json', ...manifest.files];
  const generic = (p) => p.replace(/\/\d+(?=\/|$)/g, '/*');

  // Mutations of one document: [description, mutated document], one per generalised place.
  const seen = new Set(); // across files of one kind: their places are the same
  function mutations(doc) {
    const out = [];
    const add = (place, what, mutate) => {
      const key = `${doc.kind || 'manifest'} ${generic(place)} ${what}`;
      if (seen.has(key)) return;
      seen.add(key);
      const copy = structuredClone(doc);
      const parts = place.split('/').slice(1);
      let parent = copy;
      for (const p of parts.slice(0, -1)) parent = parent[p];
      mutate(parent, parts[parts.length - 1], copy);
      out.push([`${place}: ${what}`, copy]);
    };
    const walk = (value, place) => {
      if (Array.isArray(value)) {
        if (value.length && typeof value[0] !== 'object')
          add(place, 'first element twice', (parent, key) => { parent[key] = [...value, value[0]]; });
        value.forEach((v, i) => walk(v, `${place}/${i}`));
        return;
      }
      if (value && typeof value === 'object') {
        if (place !== '') {
          add(place, 'unknown field', (parent, key) => { parent[key].onbekendVeld = 'x'; });
          for (const k of Object.keys(value))
            add(`${place}/${k}`, 'field removed', (parent, key) => { delete parent[key]; });
        }
        for (const [k, v] of Object.entries(value)) walk(v, `${place}/${k}`);
        return;
      }
      if (place === '/kind' || place === '/$schema') return;
      if (typeof value === 'string') {
        add(place, 'a number', (parent, key) => { parent[key] = 7; });
        add(place, 'empty', (parent, key) => { parent[key] = ''; });
        add(place, 'blank', (parent, key) => { parent[key] = '   '; });
        if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
          for (const bad of ['met spatie', 'pad/deel', 'vraag?x', 'anker#x', '<b>opmaak</b>', 'Hoofdletter', 'dubbel--streepje'])
            add(place, `id "${bad}"`, (parent, key) => { parent[key] = bad; });
      }
      if (typeof value === 'boolean') add(place, 'a text', (parent, key) => { parent[key] = 'ja'; });
    };
    walk(doc, '');
    return out;
  }

  // Runs the validator on each case in one process; its verdicts in order.
  function validator(cases) {
    const input = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
    // The wasm build's validator (a .js file) runs under this node.
    const [command, args] = validateEach.endsWith('.js') ? [process.execPath, ['--no-experimental-fetch', validateEach, contentDir]] : [validateEach, [contentDir]];
    const out = execFileSync(command, args, { input, maxBuffer: 256 << 20 }).toString();
    return out.trim().split('\n').map((l) => JSON.parse(l));
  }

  const schemaOf = (file) => {
    const doc = read(path.join(contentDir, file));
    return ajv.getSchema(path.basename(path.resolve(path.dirname(path.join(contentDir, file)), doc.$schema)));
  };

  test('every mutation of every content file: same verdict', { skip: !validateEach && 'PW_VALIDATE_EACH not set' }, () => {
    const cases = [];
    for (const file of files) {
      const doc = read(path.join(contentDir, file));
      const check = schemaOf(file);
      for (const [what, mutated] of mutations(doc))
        cases.push({ file, what, schemaOk: check(mutated), text: JSON.stringify(mutated, null, 2) });
    }
    const verdicts = validator(cases.map((c) => ({ path: c.file, text: c.text })));
    // Rules of the validator a schema does not (or cannot) state; the only
    // accepted way to disagree, and only in this direction.
    const validatorOnly = [/een misvatting-kaart noemt de misvatting/];
    const disagree = cases.map((c, i) => ({ ...c, v: verdicts[i] }))
      .filter((c) => c.schemaOk === c.v.errors)
      .filter((c) => !(c.schemaOk && c.v.messages.every((m) => validatorOnly.some((re) => re.test(m)))))
      .map((c) => `${c.file} ${c.what}: schema ${c.schemaOk ? 'accepts' : 'refuses'}, validator ${c.v.errors ? `refuses (${c.v.messages[0]})` : 'accepts'}`);
    console.log(`# ${cases.length} mutations, ${cases.filter((c) => !c.schemaOk).length} break a schema rule`);
    assert.ok(cases.length > 400, `only ${cases.length} mutations`);
    assert.ok(cases.filter((c) => !c.schemaOk).length > 300, 'most mutations break a schema rule');
    assert.deepEqual(disagree, [], `${disagree.length} of ${cases.length} disagree`);
  });

  test('the issue\'s cases, through the full validator: refused, with a message that names the place', { skip: !validateEach && 'PW_VALIDATE_EACH not set' }, () => {
    const scenarioFile = 'scenarios/kb-ind-contactpersoon.json';
    const scenario = read(path.join(contentDir, scenarioFile));
    const caseFile = 'case-types/kb-maatregel.json';
    const caseType = read(path.join(contentDir, caseFile));
    const withOption = structuredClone(scenario); // one correct, one not, same id
    const q = withOption.decisions.find((d) => d.action).action;
    q.options.push({ ...q.options.find((o) => !o.correct), id: q.options.find((o) => o.correct).id });
    const withNext = structuredClone(caseType);
    const decision = withNext.steps.find((s) => (s.next || []).length >= 1);
    decision.next.push({ ...decision.next[0], label: 'anders' });
    const withData = structuredClone(scenario);
    const offers = withData.decisions.find((d) => d.data);
    offers.data.push(offers.data[0]);
    const withSlash = structuredClone(caseType);
    withSlash.steps[0].id = 'melding/1';
    const manifestDoc = structuredClone(manifest);
    manifestDoc.description = 42;
    const cases = [
      // [what, file, document, schema can express it, pattern the message must match]
      ['duplicate option ids in one decision', scenarioFile, withOption, false, /staat twee keer/],
      ['duplicate next transition (other label)', caseFile, withNext, false, /staat twee keer onder "next"/],
      ['duplicate offered data item', scenarioFile, withData, true, /staat twee keer in de lijst/],
      ['an id with a slash', caseFile, withSlash, true, /"melding\/1" is niet toegestaan/],
      ['manifest description of the wrong type', 'manifest.json', manifestDoc, true, /description.*moet een tekst zijn/],
    ];
    const verdicts = validator(cases.map(([, file, doc]) => ({ path: file, text: JSON.stringify(doc, null, 2), full: true })));
    cases.forEach(([what, file, doc, expressible, pattern], i) => {
      assert.ok(verdicts[i].errors, `${what}: the validator refuses it`);
      assert.ok(verdicts[i].messages.some((m) => pattern.test(m)), `${what}: ${verdicts[i].messages.join(' | ')}`);
      assert.equal(!schemaOf(file)(doc), expressible, `${what}: the schema ${expressible ? 'refuses' : 'cannot see'} it`);
    });
  });
});
