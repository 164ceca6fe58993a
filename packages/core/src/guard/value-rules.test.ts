import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../contract/define-contract.js';
import { ContractError } from '../contract-error.js';
import { joinJsonPath, type PathSegment } from '../json-path.js';
import { V1 } from '../v1/versions.js';
import { READINESS } from '../vocabulary/vocabularies.js';
import { assertPublicSafe } from './assert-public-safe.js';
import { findSensitiveMaterial, REDACTED_KEY } from './find-sensitive-material.js';
import { KEY_RULES } from './key-rules.js';
import { matchValueRule } from './match-value-rule.js';
import { VALUE_RULES } from './value-rules.js';
import { createValueScanner, cueCharacter, MIN_SCANNED_LENGTH } from './value-scanner.js';

// Every credential below is generated at run time from random characters, and every
// provider prefix is split, so this file holds no secret-looking literal.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';

/** Random text of `min`..`max` characters from an alphabet. */
const chars = (alphabet: string, min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** Concatenates literal pieces and generated pieces. */
const join = (...parts: (string | fc.Arbitrary<string>)[]) =>
  fc
    .tuple(...parts.map((part) => (typeof part === 'string' ? fc.constant(part) : part)))
    .map((pieces) => pieces.join(''));

const oneOf = (...options: string[]) => fc.constantFrom(...options);
const base64url = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const dashes = '-'.repeat(5);

/** A generator of credentials in each rule's format. */
const CREDENTIALS: Record<string, fc.Arbitrary<string>> = {
  'value.github-token': join('g', 'h', oneOf('p', 'o', 'u', 's', 'r'), '_', chars(ALNUM, 36, 40)),
  'value.github-fine-grained-token': join(
    'github',
    '_pat_',
    chars(ALNUM, 22),
    '_',
    chars(ALNUM, 59),
  ),
  'value.gitlab-token': fc.oneof(
    join('gl', oneOf('pat', 'dt', 'rt', 'ptt', 'soat', 'agent'), '-', chars(ALNUM, 20, 30)),
    join('GR', '1348941', chars(ALNUM, 20)),
  ),
  'value.stripe-secret-key': join(
    oneOf('s', 'r'),
    'k_',
    oneOf('live', 'test'),
    '_',
    chars(ALNUM, 24, 99),
  ),
  'value.stripe-webhook-secret': join('wh', 'sec_', chars(ALNUM, 32)),
  'value.square-token': join('sq0', oneOf('atp', 'csp'), '-', chars(ALNUM, 22, 43)),
  'value.slack-token': join(
    'xo',
    oneOf('xb', 'xp', 'xa', 'xe'),
    '-',
    chars(DIGITS, 10, 13),
    '-',
    chars(DIGITS, 10, 13),
    '-',
    chars(ALNUM, 24),
  ),
  'value.slack-webhook-url': join(
    'https://hooks.',
    'slack.com/services/T',
    chars(UPPER + DIGITS, 8, 10),
    '/B',
    chars(UPPER + DIGITS, 8, 10),
    '/',
    chars(ALNUM, 24),
  ),
  'value.discord-webhook-url': join(
    'https://discord.',
    'com/api/webhooks/',
    chars(DIGITS, 17, 19),
    '/',
    chars(ALNUM, 68),
  ),
  'value.teams-webhook-url': join(
    'https://',
    chars(LOWER, 3, 10),
    '.webhook.office.',
    'com/webhookb2/',
    chars(HEX, 8),
    '-',
    chars(HEX, 4),
    '@',
    chars(HEX, 8),
    '/IncomingWebhook/',
    chars(HEX, 32),
  ),
  'value.telegram-bot-token': join(chars('123456789', 8, 10), ':A', 'A', chars(ALNUM, 33)),
  'value.aws-access-key-id': join(oneOf('AK', 'AS'), 'IA', chars(`${UPPER}234567`, 16)),
  'value.google-api-key': join('AI', 'za', chars(ALNUM, 35)),
  'value.google-oauth-token': fc.oneof(
    join('GOCSPX', '-', chars(ALNUM, 28)),
    join('ya', '29.', chars(ALNUM, 40, 120)),
  ),
  'value.azure-storage-key': join(
    'DefaultEndpointsProtocol=https;AccountName=',
    chars(LOWER, 3, 12),
    ';Account',
    'Key=',
    chars(ALNUM, 86),
    '==',
  ),
  'value.azure-client-secret': join(
    chars(ALNUM, 3),
    chars(DIGITS, 1),
    'Q',
    '~',
    chars(ALNUM, 31, 34),
  ),
  'value.digitalocean-token': join('do', oneOf('p', 'o', 'r'), '_v1_', chars(HEX, 64)),
  'value.vault-token': join('hv', oneOf('s', 'b'), '.', chars(ALNUM, 90, 110)),
  'value.heroku-api-key': join('HRKU', '-AA', chars(ALNUM, 58)),
  'value.npm-token': join('np', 'm_', chars(ALNUM, 36)),
  'value.pypi-token': join('pypi', '-AgEIcHlwaS5vcmc', chars(ALNUM, 70, 100)),
  'value.docker-hub-token': join('dckr', '_pat_', chars(ALNUM, 27)),
  'value.rubygems-key': join('rubygems', '_', chars(HEX, 48)),
  'value.openai-key': fc.oneof(
    join('s', 'k-', oneOf('proj', 'svcacct', 'admin'), '-', chars(ALNUM, 74, 156)),
    join('s', 'k-', chars(ALNUM, 48)),
  ),
  'value.anthropic-key': join(
    's',
    'k-ant-',
    oneOf('api03', 'admin01'),
    '-',
    chars(ALNUM, 93),
    'AA',
  ),
  'value.huggingface-token': join(oneOf('hf', 'api_org'), '_', chars(UPPER + LOWER, 34)),
  'value.groq-key': join('gs', 'k_', chars(ALNUM, 52)),
  'value.replicate-token': join('r8', '_', chars(ALNUM, 37)),
  'value.perplexity-key': join('pplx', '-', chars(ALNUM, 48)),
  'value.sendgrid-key': join('S', 'G.', chars(ALNUM, 22), '.', chars(ALNUM, 43)),
  'value.twilio-api-key': join('S', 'K', chars(HEX, 32)),
  'value.shopify-token': join('shp', oneOf('at', 'ca', 'pa', 'ss'), '_', chars(HEX, 32)),
  'value.sentry-token': join('sntry', 'u_', chars(HEX, 64)),
  'value.linear-key': join('lin', '_api_', chars(ALNUM, 40)),
  'value.postman-key': join('PMAK', '-', chars(HEX, 24), '-', chars(HEX, 34)),
  'value.new-relic-key': join('NR', oneOf('AK', 'II'), '-', chars(UPPER + DIGITS, 27)),
  'value.atlassian-token': join('ATATT', '3', chars(ALNUM, 186)),
  'value.private-key-block': join(
    dashes,
    'BEGIN ',
    oneOf('', 'RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', 'PGP '),
    'PRIVATE KEY',
    oneOf('', ' BLOCK'),
    dashes,
    '\n',
    chars(ALNUM, 64),
  ),
  'value.putty-private-key': join('PuTTY', '-User-Key-File-', oneOf('2', '3'), ': ssh-ed25519'),
  'value.age-secret-key': join(
    'AGE',
    '-SECRET-KEY-1',
    chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  ),
  'value.jwt': join(
    base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
    '.',
    fc.integer({ min: 1, max: 2 ** 40 }).map((sub) => base64url(JSON.stringify({ sub, iat: sub }))),
    '.',
    chars(ALNUM, 43),
  ),
  'value.url-userinfo': join(
    oneOf('postgres', 'https', 'redis', 'mongodb+srv', 'amqp'),
    ':/',
    '/',
    chars(LOWER, 3, 10),
    ':',
    chars(ALNUM, 8, 24),
    '@db.internal.example:5432/app',
  ),
  'value.url-credential-parameter': join(
    'https://api.example.com/v1/export?format=csv&',
    oneOf('token', 'access_token', 'api_key', 'sig', 'X-Amz-Signature'),
    '=',
    chars(ALNUM, 16, 64),
  ),
  'value.credential-assignment': fc.oneof(
    join(oneOf('pass', 'PASS', 'db_pass'), oneOf('word', 'WORD', 'wd'), '=', chars(ALNUM, 8, 24)),
    join(oneOf('api_key', 'apiKey', 'client_secret', 'SECRET_KEY'), ' = ', chars(ALNUM, 8, 24)),
    join('{"', oneOf('token', 'password', 'secret'), '": "', chars(ALNUM, 8, 24), '"}'),
  ),
  'value.authorization-header': fc.oneof(
    join('Authorization: ', oneOf('Bearer', 'bearer'), ' ', chars(ALNUM, 20, 64), '1'),
    join('Authorization: Basic ', chars(ALNUM, 15, 40), '7', oneOf('', '=', '==')),
  ),
};

const RUNS = { numRuns: 40 };

describe('the value rule table', () => {
  it('has unique ids, a family and a description per entry', () => {
    const ids = VALUE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of VALUE_RULES) {
      expect(rule.id).toMatch(/^value\.[a-z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.cues.length).toBeGreaterThan(0);
    }
    expect(new Set(VALUE_RULES.map((rule) => rule.family))).toEqual(
      new Set([
        'source-host',
        'payment',
        'chat',
        'cloud',
        'package-registry',
        'ai-api',
        'saas',
        'private-key',
        'token',
        'url',
        'assignment',
      ]),
    );
  });

  it('uses patterns without state (no g or y flag)', () => {
    for (const rule of VALUE_RULES) expect(rule.pattern.flags, rule.id).not.toMatch(/[gy]/);
  });

  it('starts every cue with one literal ASCII character', () => {
    for (const rule of VALUE_RULES) {
      for (const cue of rule.cues) expect(() => cueCharacter(cue), cue).not.toThrow();
    }
    expect(() => cueCharacter('[ab]')).toThrow(/literal/);
    expect(() => cueCharacter('(?=x)')).toThrow(/literal/);
    expect(() => cueCharacter('\\d')).toThrow(/literal/);
    expect(() => cueCharacter('')).toThrow(/literal/);
  });

  it('has a credential generator for every rule, and nothing else', () => {
    expect(Object.keys(CREDENTIALS).sort()).toEqual(VALUE_RULES.map((rule) => rule.id).sort());
  });

  it('covers the providers the design asks for', () => {
    const ids = new Set(VALUE_RULES.map((rule) => rule.id));
    for (const id of [
      'value.github-token',
      'value.github-fine-grained-token',
      'value.gitlab-token',
      'value.stripe-secret-key',
      'value.stripe-webhook-secret',
      'value.slack-token',
      'value.slack-webhook-url',
      'value.discord-webhook-url',
      'value.aws-access-key-id',
      'value.google-api-key',
      'value.npm-token',
      'value.openai-key',
      'value.private-key-block',
      'value.jwt',
      'value.url-userinfo',
      'value.url-credential-parameter',
      'value.credential-assignment',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe.each(VALUE_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const credentials = CREDENTIALS[id] as fc.Arbitrary<string>;

  it('flags a credential of its format on its own', () => {
    fc.assert(
      fc.property(credentials, (credential) => {
        expect(rule.pattern.test(credential)).toBe(true);
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

describe('the cue scanner', () => {
  const scanner = createValueScanner(VALUE_RULES);
  const anyRule = (value: string) => VALUE_RULES.some((rule) => rule.pattern.test(value));

  /** Strings stitched from credential pieces, cue characters and noise, to stress the cues. */
  const pieces = fc.oneof(
    ...Object.values(CREDENTIALS),
    ...Object.values(CREDENTIALS).map((credentials) =>
      fc.tuple(credentials, fc.nat(), fc.nat()).map(([credential, from, length]) => {
        const start = from % credential.length;
        return credential.slice(start, start + (length % 40));
      }),
    ),
    chars(`${ALNUM}_-.:=~@/?&#"' \t`, 0, 12),
    oneOf('://', '=', ':"', '"', "'", ' ', 'Bearer ', 'basic ', 'token', 'password', '\n'),
  );
  const stitched = fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join(''));

  it('finds something exactly when some rule pattern matches', () => {
    fc.assert(
      fc.property(stitched, (value) => {
        expect(scanner(value) !== undefined).toBe(anyRule(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('only ever reports a rule whose pattern matches', () => {
    fc.assert(
      fc.property(stitched, (value) => {
        const rule = scanner(value);
        if (rule !== undefined) expect(rule.pattern.test(value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never needs a string shorter than its minimum length', () => {
    fc.assert(
      fc.property(
        stitched.map((value) => value.slice(0, MIN_SCANNED_LENGTH - 1)),
        (value) => {
          expect(anyRule(value)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('sees every match of every pattern through one of its cues', () => {
    fc.assert(
      fc.property(stitched, (value) => {
        for (const rule of VALUE_RULES) {
          if (!rule.pattern.test(value)) continue;
          expect(
            rule.cues.some((cue) => new RegExp(cue).test(value)),
            rule.id,
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stops following cues after many hits and still tests every rule once', () => {
    const credential = fc.sample(CREDENTIALS['value.npm-token'] as fc.Arbitrary<string>, 1)[0];
    // Each `sk-` is a cue of the OpenAI rules without being a key.
    const cues = `${'s'}k-x `.repeat(100);
    expect(scanner(`${cues}${credential}`)?.id).toBe('value.npm-token');
    expect(scanner(`${cues}nothing here`)).toBeUndefined();
  });
});

// Documents ----------------------------------------------------------------------------

/** Every character a cue starts with. Text without any of them cannot match a value rule. */
const CUE_CHARACTERS = new Set(
  VALUE_RULES.flatMap((rule) => rule.cues.map((cue) => String.fromCharCode(cueCharacter(cue)))),
);
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
            echo.rollup({ tenant_id: 't', echo_status: 'ready', blockers: [credential] }),
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
