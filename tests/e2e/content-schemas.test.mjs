// content/ checked against its JSON Schemas by ajv, a validator nobody here
// wrote: the schemas an author's editor uses must agree with the C++ loader.
import assert from 'node:assert/strict';
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
