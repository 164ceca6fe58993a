import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { ContractError } from '../contract-error.js';
import { assertPublicSafe, toGuardIssues } from './assert-public-safe.js';
import { findSensitiveMaterial, REDACTED_KEY } from './find-sensitive-material.js';

/** Token-shaped strings, built at run time so this file holds no secret-looking literal. */
const githubToken = () => `${'gh'}p_${randomText(ALNUM, 36)}`;
const npmToken = () => `${'np'}m_${randomText(ALNUM, 36)}`;

/** Runs `run`, expects a ContractError and returns it. */
function contractErrorOf(run: () => unknown): ContractError {
  try {
    run();
  } catch (caught) {
    expect(ContractError.isInstance(caught)).toBe(true);
    return caught as ContractError;
  }
  throw new Error('expected a ContractError');
}

describe('findSensitiveMaterial walks documents', () => {
  it('reports nothing for a public-safe document', () => {
    expect(
      findSensitiveMaterial({
        tenant_id: 'tenant-acme',
        payload: { blockers: ['billing export lagging', 'token rotation pending'], count: 3 },
      }),
    ).toEqual([]);
  });

  it('reports keys and values with their JSON paths, in document order', () => {
    const token = githubToken();
    expect(
      findSensitiveMaterial({
        payload: { apiKey: 'x', notes: ['fine', `see ${token}`], 'odd key': token },
      }),
    ).toEqual([
      { path: 'payload.apiKey', rule: 'key.api-key', target: 'key' },
      { path: 'payload.notes[1]', rule: 'value.github-token', target: 'value' },
      { path: 'payload["odd key"]', rule: 'value.github-token', target: 'value' },
    ]);
  });

  it('does not descend below a flagged key', () => {
    expect(findSensitiveMaterial({ credentials: { token: githubToken() } })).toEqual([
      { path: 'credentials', rule: 'key.credential', target: 'key' },
    ]);
  });

  it('checks a string at the root, under the given path', () => {
    expect(findSensitiveMaterial(npmToken(), { path: 'payload.note' })).toEqual([
      { path: 'payload.note', rule: 'value.npm-token', target: 'value' },
    ]);
    expect(findSensitiveMaterial('plain words')).toEqual([]);
  });

  it('prefixes paths with the given root path', () => {
    expect(findSensitiveMaterial({ list: [npmToken()] }, { path: 'payload.summary' })).toEqual([
      { path: 'payload.summary.list[0]', rule: 'value.npm-token', target: 'value' },
    ]);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 500 }, () => npmToken());
    expect(findSensitiveMaterial(many)).toHaveLength(100);
    expect(findSensitiveMaterial(many, { limit: 3 })).toHaveLength(3);
    expect(findSensitiveMaterial(many, { limit: 0 })).toHaveLength(100);
    expect(findSensitiveMaterial({ apiKey: 1, secret: 2 }, { limit: 1 })).toHaveLength(1);
  });

  it('redacts a key that is itself a credential', () => {
    const token = githubToken();
    const findings = findSensitiveMaterial({ payload: { [token]: true } });
    expect(findings).toEqual([
      {
        path: `payload[${JSON.stringify(REDACTED_KEY)}]`,
        rule: 'value.github-token',
        target: 'key',
      },
    ]);
    expect(JSON.stringify(findings)).not.toContain(token);
  });
});

describe('findSensitiveMaterial survives hostile and non-JSON values', () => {
  it('ends on cycles and reports each finding once', () => {
    const cyclic: Record<string, unknown> = { note: npmToken() };
    cyclic['self'] = cyclic;
    cyclic['list'] = [cyclic, cyclic];
    expect(findSensitiveMaterial(cyclic)).toEqual([
      { path: 'note', rule: 'value.npm-token', target: 'value' },
    ]);
  });

  it('walks 200,000-deep arrays and objects without a RangeError', () => {
    let deepArray: unknown = [npmToken()];
    for (let depth = 0; depth < 200_000; depth++) deepArray = [deepArray];
    const arrayFindings = findSensitiveMaterial(deepArray);
    expect(arrayFindings).toHaveLength(1);
    expect(arrayFindings[0]?.path).toBe(`${'[0]'.repeat(200_001)}`);

    let deepObject: unknown = { secret: 1 };
    for (let depth = 0; depth < 200_000; depth++) deepObject = { a: deepObject };
    const objectFindings = findSensitiveMaterial(deepObject);
    expect(objectFindings).toHaveLength(1);
    expect(objectFindings[0]?.rule).toBe('key.secret');
    expect(objectFindings[0]?.path.length).toBe(200_000 * 2 - 1 + '.secret'.length);
  });

  it('treats __proto__, constructor and prototype keys from JSON.parse as plain keys', () => {
    const parsed = JSON.parse(
      `{"__proto__":{"note":"${npmToken()}","isAdmin":true},"constructor":{"prototype":{"x":"${npmToken()}"}}}`,
    );
    expect(findSensitiveMaterial(parsed)).toEqual([
      { path: '__proto__.note', rule: 'value.npm-token', target: 'value' },
      { path: 'constructor.prototype.x', rule: 'value.npm-token', target: 'value' },
    ]);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('skips BigInts, symbols, functions, dates, regular expressions and binary data', () => {
    const value = {
      big: 10n ** 30n,
      symbol: Symbol('x'),
      fn: () => npmToken(),
      date: new Date(0),
      pattern: /x/,
      bytes: new Uint8Array([1, 2, 3]),
      buffer: new ArrayBuffer(8),
      view: new DataView(new ArrayBuffer(8)),
      nothing: undefined,
      empty: null,
      nan: Number.NaN,
      [Symbol('hidden')]: npmToken(),
    };
    expect(findSensitiveMaterial(value)).toEqual([]);
  });

  it('walks Maps and Sets, and shows non-string map keys by position', () => {
    const token = githubToken();
    const map = new Map<unknown, unknown>([
      ['apiKey', 'x'],
      ['note', token],
      [42, token],
      [{ inner: token }, 'value'],
    ]);
    expect(findSensitiveMaterial({ map, set: new Set(['ok', token]) })).toEqual([
      { path: 'map.apiKey', rule: 'key.api-key', target: 'key' },
      { path: 'map.note', rule: 'value.github-token', target: 'value' },
      { path: 'map[2]', rule: 'value.github-token', target: 'value' },
      { path: 'map[3].inner', rule: 'value.github-token', target: 'value' },
      { path: 'set[1]', rule: 'value.github-token', target: 'value' },
    ]);
  });

  it('checks boxed strings and inherited enumerable properties', () => {
    const inherited = Object.create({ note: npmToken() }) as object;
    expect(findSensitiveMaterial({ boxed: new String(npmToken()), inherited })).toEqual([
      { path: 'boxed', rule: 'value.npm-token', target: 'value' },
      { path: 'inherited.note', rule: 'value.npm-token', target: 'value' },
    ]);
  });

  it('checks own non-enumerable properties, which a parser reads by name', () => {
    const hidden = { tenant_id: 'tenant-a' };
    Object.defineProperty(hidden, 'note', { value: npmToken(), enumerable: false });
    Object.defineProperty(hidden, 'secret', { value: 'x', enumerable: false });
    expect(findSensitiveMaterial(hidden)).toEqual([
      { path: 'note', rule: 'value.npm-token', target: 'value' },
      { path: 'secret', rule: 'key.secret', target: 'key' },
    ]);
  });

  it('handles objects without a prototype and frozen objects', () => {
    const bare = Object.assign(Object.create(null) as object, { token: 'x' });
    expect(findSensitiveMaterial(Object.freeze({ bare }))).toEqual([
      { path: 'bare.token', rule: 'key.token', target: 'key' },
    ]);
  });

  it('handles top-level primitives and empty containers', () => {
    for (const value of [undefined, null, 0, true, 1n, Symbol('s'), [], {}, new Map(), new Set()]) {
      expect(findSensitiveMaterial(value)).toEqual([]);
    }
  });
});

describe('assertPublicSafe', () => {
  it('passes public-safe values', () => {
    expect(() =>
      assertPublicSafe({ tenant_id: 'acme', blockers: ['password policy review'] }),
    ).not.toThrow();
  });

  it('throws a ContractError naming every field, its path and rule', () => {
    const token = githubToken();
    const error = contractErrorOf(() =>
      assertPublicSafe({ clientSecret: token, notes: [token] }, 'payload'),
    );
    expect(error.issues).toEqual([
      {
        path: 'payload.clientSecret',
        message: 'sensitive field payload.clientSecret is not allowed in a public contract',
        rule: 'key.secret',
      },
      {
        path: 'payload.notes[0]',
        message: 'sensitive value at payload.notes[0] is not allowed in a public contract',
        rule: 'value.github-token',
      },
    ]);
    expect(error.message).toContain('payload.clientSecret');
    expect(error.message).not.toContain(token);
  });

  it('names the document itself when the root is a credential', () => {
    const error = contractErrorOf(() => assertPublicSafe(npmToken()));
    expect(error.issues[0]?.message).toBe(
      'sensitive value at (document) is not allowed in a public contract',
    );
  });

  it('turns a throwing getter or a revoked proxy into a ContractError without its text', () => {
    const secretText = `getter failed on ${githubToken()}`;
    const trap = {
      get boom() {
        throw new Error(secretText);
      },
    };
    const getterError = contractErrorOf(() => assertPublicSafe({ trap }));
    expect(getterError.issues[0]?.rule).toBe('unreadable');
    expect(getterError.message).not.toContain(secretText);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(contractErrorOf(() => assertPublicSafe({ proxy })).issues[0]?.rule).toBe('unreadable');
  });

  it('never throws anything but a ContractError for exotic values', () => {
    const exotic: unknown[] = [
      new Proxy(
        {},
        {
          ownKeys: () => ['a'],
          getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, value: 1 }),
        },
      ),
      new Proxy([], {
        get: () => {
          throw new RangeError('no');
        },
      }),
      Object.defineProperty({}, 'x', {
        enumerable: true,
        get: () => {
          throw 'a string, not an Error';
        },
      }),
    ];
    const outcomes = exotic.map((value) => {
      try {
        assertPublicSafe(value);
        return 'passed';
      } catch (caught) {
        return ContractError.isInstance(caught) ? caught.issues[0]?.rule : 'another error';
      }
    });
    // A proxy that reads like a plain object is walked; the others cannot be read.
    expect(outcomes).toEqual(['passed', 'unreadable', 'unreadable']);
  });

  it('turns findings into issues with toGuardIssues', () => {
    expect(toGuardIssues([{ path: '', rule: 'key.token', target: 'key' }])).toEqual([
      {
        path: '',
        message: 'sensitive field (document) is not allowed in a public contract',
        rule: 'key.token',
      },
    ]);
  });
});
