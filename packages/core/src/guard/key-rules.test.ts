import { describe, expect, it } from 'vitest';
import { classifyKey } from './classify-key.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { KEY_RULES, matchKeyRule, normaliseKey } from './key-rules.js';

/** Spellings of keys each rule must flag: case and separators vary. */
const FLAGGED: Record<string, readonly string[]> = {
  'key.secret': ['secret', 'clientSecret', 'client_secret', 'CLIENT-SECRET', 'x.secret.value'],
  'key.token': ['token', 'authToken', 'access_token', 'X-Refresh-Token', 'idTOKEN'],
  'key.password': ['password', 'Password', 'db_passwd', 'PASSPHRASE', 'user.pwd'],
  'key.api-key': ['apiKey', 'API-KEY', 'x_api_key', 'Api Key', 'googleApiKey'],
  'key.access-key': ['accessKey', 'aws_access_key_id', 'ACCESS-KEY'],
  'key.private-key': ['privateKey', 'private_key', 'PRIVATE-KEY-PEM', 'privkey'],
  'key.signing-key': ['signingKey', 'signing_key', 'SIGNING-KEY'],
  'key.encryption-key': ['encryptionKey', 'master_key', 'DATA-ENCRYPTION-KEY'],
  'key.authorization': ['authorization', 'Authorization', 'proxy-authorization'],
  'key.credential': ['credential', 'credentials', 'gcpCredentials', 'CREDENTIAL_FILE'],
  'key.webhook': ['webhook', 'slackWebhook', 'webhook_url', 'WEBHOOK-ENDPOINT'],
  'key.license-key': ['licenseKey', 'license_key', 'LICENSE-KEY'],
  'key.connection-string': ['connectionString', 'connection_string', 'DB-CONNECTION-STRING'],
};

/** Keys of ordinary operating data that no rule may flag. */
const HARMLESS = [
  'tenant_id',
  'requested_by',
  'correlation_id',
  'private_implementation_required',
  'private_validation_required',
  'private_modules_required',
  'license_service_status',
  'license_telemetry_status',
  'license_service_telemetry',
  'support_handoff_status',
  'customer_success_status',
  'escalation_status',
  'release_closeout_status',
  'dashboard_boundary',
  'next_step',
  'blockers',
  'keyboard',
  'key',
  'monkey',
  'passage',
  'owner',
  'rotation_policy',
  'author',
  'authority',
  'oauth_provider',
  'session',
  'hooked_on',
];

describe('key normalisation', () => {
  it('lowercases and drops separators', () => {
    expect(normaliseKey('X-Api_Key.v2')).toBe('xapikeyv2');
    expect(normaliseKey('  Client Secret ')).toBe('clientsecret');
  });

  it('reads full-width letters as ASCII and drops invisible characters', () => {
    expect(normaliseKey('\uff30\uff41\uff53\uff53\uff57\uff4f\uff52\uff44')).toBe('password');
    expect(normaliseKey('pass\u200bword')).toBe('password');
    expect(matchKeyRule('to\u200bken')?.id).toBe('key.token');
  });
});

describe.each(KEY_RULES.map((rule) => [rule.id, rule] as const))('key rule %s', (id) => {
  it('flags every spelling of its keys', () => {
    const keys = FLAGGED[id] ?? [];
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(matchKeyRule(key)?.id, key).toBe(id);
  });

  it('reports the field by name with its rule, never its value', () => {
    const key = (FLAGGED[id] ?? [])[0] as string;
    const findings = findSensitiveMaterial({ payload: { [key]: 'value-that-must-stay-private' } });
    expect(findings).toEqual([{ path: `payload.${key}`, rule: id, target: 'key' }]);
    expect(JSON.stringify(findings)).not.toContain('value-that-must-stay-private');
  });
});

describe('key rules leave ordinary keys alone', () => {
  it('has spellings for every rule', () => {
    expect(Object.keys(FLAGGED).sort()).toEqual(KEY_RULES.map((rule) => rule.id).sort());
  });

  it('describes every rule, and matchKeyRule returns the rule with its description', () => {
    for (const rule of KEY_RULES) expect(rule.description, rule.id).toMatch(/^[\w ,]{5,}$/);
    expect(new Set(KEY_RULES.map((rule) => rule.description)).size).toBe(KEY_RULES.length);
    expect(matchKeyRule('clientSecret')).toEqual({
      id: 'key.secret',
      description: 'secrets and client secrets',
      fragments: ['secret'],
    });
  });

  it.each(HARMLESS)('does not flag %s', (key) => {
    expect(matchKeyRule(key)).toBeUndefined();
    expect(classifyKey(key)).toBeUndefined();
  });
});

describe('key verdicts', () => {
  it('redacts a flagged key that is free text rather than a field name', () => {
    expect(classifyKey('apiKey')).toEqual({ rule: 'key.api-key', redact: false });
    expect(classifyKey('my password is swordfish')).toEqual({ rule: 'key.password', redact: true });
    expect(classifyKey(`${'x'.repeat(60)}_token_${'y'.repeat(10)}`)).toEqual({
      rule: 'key.token',
      redact: true,
    });
  });

  it('gives the same verdict when asked again, for short and long keys', () => {
    const long = `${'k'.repeat(300)}secret`;
    for (const key of ['clientSecret', 'plain', long]) {
      expect(classifyKey(key)).toEqual(classifyKey(key));
    }
    expect(classifyKey(long)?.rule).toBe('key.secret');
  });

  it('keeps giving right verdicts after many distinct keys', () => {
    for (let index = 0; index < 10_000; index++) {
      expect(classifyKey(`field_${index}`)).toBeUndefined();
    }
    expect(classifyKey('apiKey')?.rule).toBe('key.api-key');
  });
});
