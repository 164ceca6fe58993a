import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../contract/define-contract.js';
import { rollupSummary } from '../contract/rollup.js';
import { ContractError } from '../contract-error.js';
import { joinJsonPath, type PathSegment } from '../json-path.js';
import { V1 } from '../v1/versions.js';
import { READINESS } from '../vocabulary/vocabularies.js';
import { assertPublicSafe } from './assert-public-safe.js';
import { findSensitiveMaterial, REDACTED_KEY } from './find-sensitive-material.js';
import { KEY_RULES } from './key-rules.js';
import { looksRandom } from './looks-random.js';
import { matchValueRule } from './match-value-rule.js';
import { OPERATOR_CHARACTERS } from './read-assignment.js';
import { VALUE_RULES, type ValueRule } from './value-rules.js';
import { anchorOffset, MIN_SCANNED_LENGTH } from './value-scanner.js';

// Every credential below is generated at run time from each rule's own prefix and body
// (fast-check builds strings matching the body), so this file holds no secret-looking literal.

/**
 * Look-behinds, one level nested (`(?<![a-z](?<!bot))`): fast-check does not generate
 * them, and a generated lead starts the text, where a negative look-behind (all the table
 * has) holds.
 */
const LOOK_BEHIND = /\(\?<[=!](?:[^()]|\([^()]*\))*\)/g;

/** A credential of a rule's format: its lead, a prefix and a random-looking body. */
function credentialOf(rule: ValueRule): fc.Arbitrary<string> {
  const source = (regex: RegExp | undefined) =>
    regex === undefined || regex.source === '(?:)'
      ? fc.constant('')
      : fc.stringMatching(
          new RegExp(`^(?:${regex.source.replace(/\$$/, '').replace(LOOK_BEHIND, '')})$`),
        );
  if (rule.keywords.length > 0) {
    return (
      fc
        .tuple(fc.constantFrom(...rule.keywords), source(rule.body))
        // A value that is itself another provider's token (a random uppercase body can start
        // with one's prefix) is reported under that provider's rule, so it is not a sample here.
        .filter(
          ([, value]) =>
            looksRandom(value) &&
            /^[A-Za-z0-9]/.test(value) &&
            !/\s/.test(value) &&
            matchValueRule(value) === undefined,
        )
        .map(([keyword, value]) => `${keyword.toUpperCase()}_API_KEY=${value}`)
    );
  }
  return fc
    .tuple(source(rule.lead), fc.constantFrom(...rule.prefixes), source(rule.body))
    .filter(
      ([lead, , body]) =>
        looksRandom(lead + body) && (!rule.mixed || (/[a-z]/.test(body) && /[A-Z0-9]/.test(body))),
    )
    .map(([lead, prefix, body]) => `${lead}${prefix}${body}`)
    .filter((credential) => credential.length >= MIN_SCANNED_LENGTH);
}

/** Credentials of the rules read by code. */
const ASSIGNED: Record<string, fc.Arbitrary<string>> = {
  'value.credential-assignment': fc
    .tuple(
      fc.constantFrom('password=', 'api_key = ', 'SECRET_KEY: '),
      fc.stringMatching(/^[A-Za-z0-9]{20}$/),
    )
    .filter(([, value]) => looksRandom(value) && /\d/.test(value) && /[A-Za-z]/.test(value))
    .map(([key, value]) => `${key}${value}`),
  'value.authorization-header': fc
    .stringMatching(/^[A-Za-z0-9]{30}$/)
    .filter(looksRandom)
    .map((value) => `Authorization: token ${value}`),
  'value.url-credential-parameter': fc
    .stringMatching(/^[A-Za-z0-9]{30}$/)
    .filter(looksRandom)
    .map((value) => `https://api.example.com/v1?sig=${value}`),
  'value.kubernetes-secret-data': fc
    .stringMatching(/^[A-Za-z0-9]{16}$/)
    .filter(looksRandom)
    .map((value) => `kind: Secret\ndata:\n  db.conf: ${btoa(value)}\n`),
};

const CREDENTIALS: Record<string, fc.Arbitrary<string>> = Object.fromEntries(
  VALUE_RULES.map((rule) => [rule.id, ASSIGNED[rule.id] ?? credentialOf(rule)]),
);

const RUNS = { numRuns: 8 };

describe('the value rule table', () => {
  it('has unique ids and a known family per entry', () => {
    const ids = VALUE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of VALUE_RULES) expect(rule.id).toMatch(/^value\.[a-z0-9-]+$/);
    expect(new Set(VALUE_RULES.map((rule) => rule.family))).toEqual(
      new Set([
        'source-host',
        'ci-cd',
        'cloud',
        'database',
        'payment',
        'messaging',
        'monitoring',
        'ai-api',
        'package-registry',
        'saas',
        'private-key',
        'token',
        'url',
        'assignment',
      ]),
    );
  });

  it('gives every rule a prefix, a keyword, or code that reads it', () => {
    for (const rule of VALUE_RULES) {
      const kinds = [rule.prefixes.length > 0, rule.keywords.length > 0, rule.body === undefined];
      expect(kinds.filter(Boolean), rule.id).toHaveLength(1);
      for (const keyword of rule.keywords) expect(keyword).toMatch(/^[a-z0-9]+$/);
      if (rule.body !== undefined) expect(rule.body.flags, rule.id).toBe('y');
    }
  });

  it('anchors the combined expression on at most 16 distinct characters', () => {
    const anchors = new Set(
      VALUE_RULES.flatMap((rule) => rule.prefixes.map((prefix) => prefix[anchorOffset(prefix)])),
    );
    expect(anchors.size).toBeLessThanOrEqual(16 - OPERATOR_CHARACTERS.length + 3);
  });

  it('has about two hundred rules', () => {
    expect(VALUE_RULES.length).toBeGreaterThanOrEqual(200);
  });
});

describe.each(VALUE_RULES.map((rule) => [rule.id] as const))('rule %s', (id) => {
  const credentials = CREDENTIALS[id] as fc.Arbitrary<string>;

  it('flags a credential of its format on its own', () => {
    fc.assert(
      fc.property(credentials, (credential) => {
        expect(matchValueRule(credential)?.id).toBe(id);
      }),
      RUNS,
    );
  });

  it('flags it inside a longer sentence', () => {
    fc.assert(
      fc.property(credentials, (credential) => {
        const sentence = `Rotated after the incident: ${credential} was pasted into the runbook.`;
        expect(matchValueRule(sentence)?.id).toBe(id);
      }),
      RUNS,
    );
  });

  it('flags it as an object key, with the key redacted from the path', () => {
    fc.assert(
      fc.property(credentials, (credential) => {
        const findings = findSensitiveMaterial({ notes: { [credential]: 'x' } });
        expect(findings).toHaveLength(1);
        expect(findings[0]?.target).toBe('key');
        expect(findings[0]?.path).toBe(`notes[${JSON.stringify(REDACTED_KEY)}]`);
      }),
      RUNS,
    );
  });

  it('reports it with the path and rule id, never the value', () => {
    fc.assert(
      fc.property(credentials, (credential) => {
        let error: unknown;
        try {
          assertPublicSafe({ summary: { blockers: ['ok', `see ${credential}`] } });
        } catch (caught) {
          error = caught;
        }
        expect(ContractError.isInstance(error)).toBe(true);
        const contractError = error as ContractError;
        expect(contractError.issues).toEqual([
          {
            path: 'summary.blockers[1]',
            message: 'sensitive value at summary.blockers[1] is not allowed in a public contract',
            rule: id,
          },
        ]);
        expect(contractError.message).not.toContain(credential);
        expect(JSON.stringify(contractError.issues)).not.toContain(credential);
        expect(String(contractError.stack)).not.toContain(credential);
      }),
      { numRuns: 10 },
    );
  });
});

// Documents ----------------------------------------------------------------------------

/**
 * Every character the combined expression anchors on. Text without any of them cannot
 * hold a credential the scanner finds.
 */
const CUE_CHARACTERS = new Set([
  ...VALUE_RULES.flatMap((rule) => rule.prefixes.map((prefix) => prefix[anchorOffset(prefix)])),
  ...OPERATOR_CHARACTERS,
]);
const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
/** Safe text: printable ASCII and a few other letters, minus every cue character. */
const SAFE_TEXT = [...PRINTABLE, 'é', 'ß', 'ж', '中', '\n'].filter(
  (character) => !CUE_CHARACTERS.has(character),
);
/**
 * Safe keys: safe text minus the letters `e`, `o` and `w`, without which no key-rule
 * fragment (secret, token, password, pwd, apikey, ...) can be spelled.
 */
const SAFE_KEY_TEXT = SAFE_TEXT.filter((character) => !/[eEoOwW]/.test(character));

const safeText = fc.string({ unit: fc.constantFrom(...SAFE_TEXT), maxLength: 40 });
const safeKey = fc.string({ unit: fc.constantFrom(...SAFE_KEY_TEXT), minLength: 1, maxLength: 12 });

/** Random JSON built only from safe text and safe keys. */
const { document: safeDocument } = fc.letrec((tie) => ({
  document: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    safeText,
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('document'), { maxLength: 4 }),
    fc.dictionary(safeKey, tie('document'), { maxKeys: 4 }),
  ),
}));

/** A credential of any family, with the id of its rule. */
const anyCredential = fc
  .constantFrom(...VALUE_RULES.map((rule) => rule.id))
  .chain((id) =>
    (CREDENTIALS[id] as fc.Arbitrary<string>).map((credential) => ({ id, credential })),
  );

/** Places `leaf` at `path` inside a copy of `document`, creating containers on the way. */
function place(document: unknown, path: readonly PathSegment[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (typeof head === 'number') {
    const list = Array.isArray(document) ? [...document] : [];
    const index = Math.min(head, list.length);
    list[index] = place(list[index], rest, leaf);
    return list;
  }
  const object =
    typeof document === 'object' && document !== null && !Array.isArray(document)
      ? { ...(document as Record<string, unknown>) }
      : {};
  Object.defineProperty(object, head, {
    value: place(object[head], rest, leaf),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return object;
}

/** The JSON path `place` puts the leaf at in `document` (array indices clamp to the list length). */
function placedPath(document: unknown, path: readonly PathSegment[]): string {
  let at = '';
  let current = document;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const list = Array.isArray(current) ? current : [];
      const index = Math.min(segment, list.length);
      at = joinJsonPath(at, index);
      current = list[index];
    } else {
      at = joinJsonPath(at, segment);
      current =
        typeof current === 'object' && current !== null && !Array.isArray(current)
          ? (current as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return at;
}

const pathInto = fc.array(fc.oneof(safeKey, fc.nat(5)), { maxLength: 40 });

describe('credentials in documents', () => {
  it('the safe alphabets exclude every cue character and every key-rule fragment', () => {
    for (const character of CUE_CHARACTERS) expect(SAFE_TEXT).not.toContain(character);
    const keyAlphabet = new Set(SAFE_KEY_TEXT.map((character) => character.toLowerCase()));
    for (const rule of KEY_RULES) {
      for (const fragment of rule.fragments) {
        expect(
          [...fragment].every((letter) => keyAlphabet.has(letter)),
          fragment,
        ).toBe(false);
      }
    }
  });

  it('random JSON from the safe alphabets has no findings', () => {
    fc.assert(
      fc.property(safeDocument, (document) => {
        expect(findSensitiveMaterial(document)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a credential of any family is found at any depth, as a value, in a sentence or as a key', () => {
    fc.assert(
      fc.property(
        safeDocument,
        pathInto,
        anyCredential,
        fc.constantFrom('value', 'sentence', 'key'),
        safeText,
        safeText,
        (document, path, { id, credential }, placement, before, after) => {
          const leaf =
            placement === 'value'
              ? credential
              : placement === 'sentence'
                ? `${before} ${credential} ${after}`
                : { [credential]: before };
          const placed = place(document, path, leaf);
          const at = placedPath(document, path);
          const findings = findSensitiveMaterial(placed);
          if (placement === 'key') {
            expect(findings).toEqual([
              expect.objectContaining({ path: joinJsonPath(at, REDACTED_KEY), target: 'key' }),
            ]);
          } else {
            expect(findings).toEqual([{ path: at, rule: id, target: 'value' }]);
          }
          expect(JSON.stringify(findings)).not.toContain(credential);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// A tiny contract, to show that parsers and builders never echo what the guard found.
const echo = defineContract({
  operation: 'echo_readiness',
  title: 'echo readiness',
  checks: { echo_check: 'echo_status' },
  vocabulary: READINESS,
  privateModules: ['echo module'],
  boundary: 'Echo boundary.',
  payload: { echo_scope: { kind: 'label', default: 'echo-scope' } },
  summary: { blockers: { kind: 'list', of: 'lines' } },
  versions: V1,
  compatibility: { path: '/test', command: ['test'] },
  packageName: '@cavra/test',
});

describe('contracts never echo a credential', () => {
  const placements = fc.constantFrom(
    'tenant_id',
    'requested_by',
    'payload.echo_scope',
    'payload.unknown_key',
    'payload.as_key',
    'summary.blockers',
    'summary.as_key',
    'response.message',
  );

  it('in any error, issue or message of a parser or builder', () => {
    fc.assert(
      fc.property(anyCredential, placements, ({ credential }, placement) => {
        const request = echo.buildRequest('tenant-echo');
        const attempts: (() => unknown)[] = [];
        if (placement === 'tenant_id') attempts.push(() => echo.buildRequest(credential));
        if (placement === 'requested_by') {
          attempts.push(() => echo.buildRequest('t', { requested_by: credential }));
          attempts.push(() => echo.parseRequest({ ...request, requested_by: credential }));
        }
        if (placement === 'payload.echo_scope') {
          attempts.push(() => echo.buildRequest('t', { echo_scope: `scope ${credential}` }));
          attempts.push(() =>
            echo.parseRequest({ ...request, payload: { echo_scope: credential } }),
          );
        }
        if (placement === 'payload.unknown_key') {
          attempts.push(() => echo.parseRequest({ ...request, payload: { notes: credential } }));
        }
        if (placement === 'payload.as_key') {
          attempts.push(() => echo.parseRequest({ ...request, payload: { [credential]: 'x' } }));
          attempts.push(() => echo.buildRequest('t', { [credential]: 'x' }));
        }
        if (placement === 'summary.blockers') {
          attempts.push(() =>
            echo.buildResponse(request, { echo_status: 'ready', blockers: [credential] }),
          );
          attempts.push(() =>
            echo.parseSummary({ tenant_id: 't', echo_status: 'ready', blockers: [credential] }),
          );
          attempts.push(() =>
            rollupSummary(echo, { tenant_id: 't', echo_status: 'ready', blockers: [credential] }),
          );
        }
        if (placement === 'summary.as_key') {
          attempts.push(() =>
            echo.buildResponse(request, { echo_status: 'ready', [credential]: 1 }),
          );
        }
        if (placement === 'response.message') {
          const response = echo.buildResponse(request, { echo_status: 'ready' });
          attempts.push(() => echo.parseResponse({ ...response, message: `ok ${credential}` }));
          attempts.push(() => echo.safeParseResponse({ ...response, next_step: credential }));
        }
        for (const attempt of attempts) {
          let outcome: unknown;
          try {
            outcome = attempt();
          } catch (caught) {
            outcome = caught;
          }
          const error =
            typeof outcome === 'object' && outcome !== null && 'error' in outcome
              ? (outcome as { error: unknown }).error
              : outcome;
          expect(ContractError.isInstance(error)).toBe(true);
          const contractError = error as ContractError;
          expect(contractError.issues.length).toBeGreaterThan(0);
          expect(contractError.message).not.toContain(credential);
          expect(JSON.stringify(contractError.issues)).not.toContain(credential);
          expect(JSON.stringify(outcome)).not.toContain(credential);
        }
      }),
      { numRuns: 300 },
    );
  });
});
