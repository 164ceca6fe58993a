import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import {
  AUTOMATION_STATUSES,
  READINESS_STATUSES,
  RESPONSE_STATUSES,
} from '../vocabulary/statuses.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { matchValueRule } from './match-value-rule.js';

/** Random digits, and random characters of a token's URL-safe alphabet. */
const DIGITS = (length: number) => randomText('0123456789', length);
const WORD = (length: number) => randomText(`${ALNUM}_-`, length);

/**
 * Ordinary operating text that must pass the guard: the words credentials are named by,
 * identifiers, timestamps, hashes, versions, URLs without credentials, and ids that look
 * random without being secrets.
 */
const CORPUS: readonly string[] = [
  // Words about credentials, in prose
  'token rotation is due next week',
  'Token rotation completed for the support bot',
  'password policy requires 14 characters and a rotation every 90 days',
  'api key owner: platform team',
  'API key owner is the billing squad; keys are rotated quarterly',
  'the secret santa rota is posted in #ops',
  'client secret rotation scheduled after the release freeze',
  'private key material stays in the private service',
  'signing key rollover: complete',
  'authorization pending review by the tenant admin',
  'credentials are managed by the private CAVRA service',
  'webhook delivery retried 3 times, last at 09:30 UTC',
  'license key renewal for tenant-acme is due on 2026-12-01',
  'Bearer tokens expire after 1 hour',
  'the bearer of the escalation pager is on call',
  'Basic authentication is disabled for the dashboard',
  'basic tier customers get email support only',
  'password reset flow degraded; token: see the runbook',
  'tokens: 4096 per request',
  'max_tokens=4096',
  'password: rotated',
  'secret: none',
  `token=\${SUPPORT_BOT_TOKEN}`,
  'password=********',
  'password=<redacted>',
  'api_key={{ secrets.API_KEY }}',
  'token != null',
  'password == confirm',
  // Identifiers and vocabularies
  'billing_observability',
  'license_service_telemetry',
  'support_handoff',
  'customer_success_health',
  'escalation_readiness',
  'release_acceptance',
  'dashboard_visibility',
  'private_validation_required',
  'private_modules_required',
  'requires_private_service',
  'license-service telemetry',
  'customer-success health',
  'escalation routing',
  'dashboard refresh automation',
  'tenant-operating',
  'last-24h',
  'trial-to-paid-customer-scale',
  'hosted-saas-support',
  '@cavra/customer-operating-dashboard',
  'cavra.saas_control_plane.request.v1',
  ...READINESS_STATUSES,
  ...AUTOMATION_STATUSES,
  ...RESPONSE_STATUSES,
  // Times, ids, hashes, versions
  '2026-11-21T09:30:00Z',
  '2026-11-21T09:30:00.123+01:00',
  'Sat, 21 Nov 2026 09:30:00 GMT',
  '3f9c0a12-b7e4-4d5a-9c1b-0123456789ab',
  'ECB0C1D2-E3F4-4A5B-8C6D-7E8F9A0B1C2D',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
  'commit 3f9c0a1',
  '1.4.2',
  'v2.0.0-rc.1+build.5',
  '20.20.2',
  'saas-0123456789ab',
  'saas-3f9c0a12b7e4',
  'job 01HF3Z8Y7K6V5T4S3R2Q1P0N9M',
  'ord_1Nv0FGQ9RKHgCVdK',
  'cus_Nffrfeufe4jqPY',
  'req_8Zq3Xw2y',
  'incident INC-20261121-0042',
  'JIRA OPS-1234 and OPS-1235',
  'ARN arn:aws:iam::123456789012:role/support-readonly',
  'us-east-1',
  'eu-west-3b',
  'i-0abcd1234efgh5678',
  'dGhpcyBpcyBub3QgYSBzZWNyZXQgYnV0IGl0IGlzIGJhc2U2NA==',
  'YWJjZGVmZ2hpams=',
  // URLs without credentials
  'https://status.example.com/incidents/42',
  'https://status.example.com/incidents/42?tab=overview&page=2',
  'https://example.com:8443/path/to/dashboard#section',
  'https://docs.example.com/guides/token-rotation',
  'http://[::1]:8080/health',
  'redis://cache.internal:6379/0',
  'ssh://git@github.com/acme/repo.git',
  'git@github.com:acme/repo.git',
  'mailto:ops@example.com',
  'ops@example.com',
  's3://acme-exports/2026/11/21/',
  'https://hooks.example.com/services/notifications',
  'https://discord.com/channels/123456789012345678',
  // Sentences mixing all of it
  'Billing export lagged 2h behind the ledger for tenant-acme; owner: finance-ops.',
  'Escalation rota has no owner for EMEA nights since 2026-11-21T09:30:00Z (saas-0123456789ab).',
  'Risk-based triage by the task-force: desk-side checks, disk-usage alerts, ask-me-anything.',
  'Asia-Pacific region degraded; AKIA, AIza and eyJ are prefixes the guard knows.',
  'Release 1.4.2 acceptance: 3/7 checks ready, see https://status.example.com/r/1.4.2',
  'Note: maintenance window 09:30-10:00 UTC; key: value pairs are listed below.',
  'The sk- and ghp_ prefixes mark provider tokens; none is present here.',
  'ratio=2.5x target, throughput>=200MB/s, p99<100ms',
  // Placeholders and examples in assignments
  'password: ********',
  `DB_PASSWORD=\${DB_PASSWORD}`,
  'api_key: {{ .Values.apiKey }}',
  'token: <your-token>',
  'secret = "changeme"',
  'SECRET_KEY=example-secret-key-123',
  'api_key: "dummy-api-key-1234"',
  'password=xxxxxxxxxxxxxxxx',
  'token=0000000000000000',
  'client_secret: "REPLACE_ME_1"',
  'password: "%(db_password)s"',
  'Authorization: Bearer <token>',
  'Authorization: Bearer $TOKEN',
  'curl -u user:$PASSWORD https://api.example.com',
  'curl -u "$USER:$PASS" https://api.example.com',
  `postgres://user:\${DB_PASS}@db:5432/app`,
  'mysql://root:password@localhost:3306/test',
  'https://user:****@example.com/',
  // Look-alikes of provider formats: wrong length, public keys, documented examples
  `${'AK'}IA${'IOSFODNN7'}EXAMPLE`,
  `${'AK'}IA1234`,
  `${'s'}k-short`,
  `${'p'}k_live_${'51H'}abcdefghijklmnopqrstuv`,
  `${'np'}m_install_guide`,
  `${'xo'}xb-123`,
  `${'gh'}p_short`,
  `${'gl'}pat-short`,
  `${'AI'}za-not-a-key`,
  `${'ey'}Jhbmd1bGFy is base64 for a word`,
  // Provider prefixes glued inside longer runs, or with a body longer than the format
  `GWw4hjABFzZCGiRpmlDyDdo87Jn9BN9THUA47muVRNunLxsa82tMAdvmrhOqNkRKiYMEAFbTJ${'AI'}zaTesb6Tscfcni8vIpWZqNCXFDFslJtVSvFDq`,
  `${'AI'}zaTesb6Tscfcni8vIpWZqNCXFDFslJtVSvFDqabcd123`,
  `...6wqX6fNUXA/rYqRvfQ+${'EZ'}AKGqQRiRyqAFRQshGPWOIAwNWGORfKHSBnVNFtVmWYoW6PH23lkqbbDWep95C/3VmWq/edti6...`,
  `https://cdn.example.org/file/uGoDMy0VXMbL1nki9OT0VbJYtfURvDNLurptsQVuhuzF45tN${'fm'}2_z5wgR7CnL7lTZ4bbotjXZtiLWvolNQqWBRFWkcidtzSyhWvta9yPB3E2uyvfJvGpditkaLVIiCCXt9BhFBEdgkXa8ODaM7geHK3pW0tmO_IViHBnG8VZqVfDpaQW0W9IRAUwGv2mPZWVRysPJyDSIuY9b.jpg`,
  `M_UINT (ServingCellPriorityParametersDescription_t, H_PRIO, 2, &${'hf'}_servingcellpriorityparametersdescription_h_prio),`,
  `https://fog-ringer-f42.notion.site/${'AP'}I-BD80F56CDC1441E6BF6011AB6D852875`,
  // An Anthropic key cut to 63 characters (keys have 90 or more after the prefix)
  `${'sk-a'}nt-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA`,
  'curl -u ":" https://localhost:9200',
  // A key's id names the key; it is no secret
  '"private_key_id": "5c3f7e2a9b1d4e6f8a0b2c4d6e8f0a1b3c5d7e9f"',
  `${'Bea'}rer of the pager`,
  `${'Ba'}sic authentication`,
  'key-value store migration finished',
  'token_type=bearer&expires_in=3600',
  'grant_type=client_credentials&scope=read',
  'session-expired-after-24h',
  'Q~ is not a secret on its own',
  // A value cut short with `..` (an elided token in docs)
  'secret: ops_eyJzaWduSW5B..[Redacted]',
  // Hashes, ids and encoded data
  'md5: 9e107d9d372bb6826bd81d3542a419d6',
  'sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
  'integrity sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
  'git rev 5d82317a0f3e4c8b9d1e2f3a4b5c6d7e8f9a0b1c',
  'uuid 123e4567-e89b-12d3-a456-426614174000',
  'ulid 01ARZ3NDEKTSV4RRFFQ69G5FAV',
  'ksuid 0ujtsYcgvSTl8PAuAdqWYSMnLOv',
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'aWYgeW91IGNhbiByZWFkIHRoaXMsIGl0IGlzIG5vdCBhIHNlY3JldA==',
  'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
  'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  'x-request-id: 7f3c9a1e-5b2d-4c8e-9f1a-2b3c4d5e6f70',
  // URLs without credentials
  'https://github.com/acme/repo/blob/main/README.md#setup',
  'https://api.example.com/v1/users?page=2&per_page=50&sort=created',
  'https://cdn.example.com/assets/app.3f9c0a12.js',
  'postgres://db.internal:5432/app',
  'amqp://rabbit.internal:5672/vhost',
  // A placeholder user and password in a connection URL: the port after the host is no value
  'mongodb://username:password@localhost:27017/database',
  'mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database',
  'file:///home/ops/report.txt',
  'https://login.example.com/oauth/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.example.com',
  // A key that says its value is made up
  `nonMatchingToken := "${'Xq7tB2mR'}9vK4wP8zL3nJ6"`,
  `const invalidApiKey = "${'Rw4Lp9'}Tz2Vx7Qm5Kb8"`,
  `fake_client_secret: ${'Hd3Jk8'}Ws6Qz1Xp4Ln7`,
  `exampleAccessToken = '${'Mv5Bt2'}Rq9Yc4Wz7Kd1'`,
  // A provider's prefix without its format: a value cut short or of the wrong length
  `anthropic_key = "${'sk-a'}nt-api03-Tq8Rw2Lm9Vb4Nc8Zk1Wd6"`,
  `"token": "${'sk-a'}nt-oat01-Vb4Nc8Zk1Wd6"`,
  // A counting run, typed by hand into an otherwise well-formed token
  `${'sk-a'}nt-api03-${'Xr7Tq2Lm9Vb4'.repeat(7)}klmnopq`,
  `${'gl'}pat-Zx8Kw3Rq5Lm2-3456789`,
  // A Telegram bot token's shape (`<bot id>:A…`) without its format: an id of 4 digits or
  // of more than 16 (bot ids have at most 52 bits), a secret part longer than 35
  // characters, and an XML type name after a namespace prefix that ends in digits
  `TELEGRAM_BOT_TOKEN=${DIGITS(4)}:${'AA'}${WORD(33)}`,
  `telegram_token: "${DIGITS(18)}:${'AA'}${WORD(33)}"`,
  `bot_token = '${DIGITS(9)}:${'AA'}${WORD(41)}'`,
  `<xs:element name="entry" type="cbc${DIGITS(5)}:AccountStatementReconciliationEntry"/>`,
  // Values typed by hand: short counting runs, letters skipped or case changed, digits after
  `api_key: ${'PqRsTv'}4567`,
  `password=${'Abcd'}1234`,
  `client_secret = "${'mnoQRS'}789xyz"`,
  // Headings about HTTP authentication: a word after `Basic` is no base64 of a user:password
  '## Basic Authentication',
  '### Basic Configuration and Basic Registration',
  'Organization-wide Basic Installation guide',
  // Stock user:password pairs in connection URLs of docs (RabbitMQ's default user, and so on)
  'amqp://guest:guest@rabbitmq:5672/',
  'redis://user:pass@localhost:6379/0',
  'postgres://admin:admin@db:5432/app',
  // Words of other scripts, field lists, relative paths and sed commands after a key's name
  '"kind_set_signature": "Unterschriftsänderung"',
  'entry format: user_name:password:uid_number:home_dir',
  '* lib/tokenize.c: s/warn/report_error/',
  'secret_ref: vault/payments/stripe-live',
  // Working directories of a shell (PWD, OLDPWD) and paths to where a secret is kept
  'PWD=/home/ops/releases/2026-11-21',
  '"OLDPWD": "/Users/oncall/src/contracts-v2"',
  'secret_store: /run/secrets/api-token-v2',
  // A user and group (`-u uid:gid`) of a container or a process, not a user and password
  'docker run -u 1000:1000 --rm nginx:1.27',
  'docker exec --user www-data:www-data web php artisan migrate',
  'podman run --user 1001:0 registry.internal/app',
  // Text asking for the real value, and stock user:password pairs
  `${'gl'}pat-PasteTheNewAccessValue2Here`,
  "curl -i -u 'test:test' https://api.example.com/v1/ping",
  'curl --user user:pass --digest https://api.example.com/v1/files',
  'curl -u admin:admin http://localhost:8080/actuator',
  // A prefix continuing a dotted name (a file name's hash after `.ico-`) or a longer run
  `https://cdn.example.com/media/favicon.${'ico'}-5e0c2a9b7d1f4e3a8c6b0d2f4a6c8e1b.png`,
  `CloudFront-Signature: ${'Ab9Fk2Lq'.repeat(4)}Hb0${'Q~'}PLzS${'Rmt8NgYt'.repeat(4)}-tZaYP9`,
  // Prose about credentials
  'Rotate the API token every 90 days; the token itself lives in the vault.',
  'Passwords must be at least 14 characters long and rotated after an incident.',
  'The webhook secret is configured in the private service, never in a contract.',
  'Keys were rotated on 2026-11-21 at 09:30 UTC by the security team (ticket SEC-1234).',
];

describe('the false-positive corpus', () => {
  it.each(CORPUS)('passes %j', (text) => {
    expect(matchValueRule(text)).toBeUndefined();
  });

  it('passes as one document, also with corpus entries as keys', () => {
    const document = {
      blockers: CORPUS,
      notes: Object.fromEntries(CORPUS.map((text, index) => [`note_${index}`, text])),
      by_text: Object.fromEntries(
        CORPUS.filter((text) => !/token|secret|pass|pwd|key|cred|auth|hook/i.test(text)).map(
          (text) => [text, true],
        ),
      ),
    };
    expect(findSensitiveMaterial(document)).toEqual([]);
  });
});

describe('each kind of look-alike leaves the real credential found', () => {
  const alnum = (length: number) => randomText(ALNUM, length);
  const rule = (text: string) => locateSensitiveText(text)[0]?.rule;

  it('a made-up key does not hide a provider token in its value', () => {
    const token = `${'np'}m_${alnum(36)}`;
    expect(rule(`nonMatchingToken := "${token}"`)).toBe('value.npm-token');
    expect(rule(`fake_api_key: ${alnum(19)}7`)).toBeUndefined();
    expect(rule(`client_api_key: ${alnum(19)}7`)).toBe('value.credential-assignment');
  });

  it('a value is read as a provider token when it has the whole format', () => {
    const body = randomText(`${ALNUM}_-`, 93);
    expect(rule(`anthropic_key = "${'sk-a'}nt-api03-${body}"`)).toBe('value.anthropic-key');
    expect(rule(`anthropic_key = "${'sk-a'}nt-api03-${body.slice(0, 20)}"`)).toBeUndefined();
  });

  it('a Telegram bot token is found whole, after `bot` in its API URL, not when malformed', () => {
    const token = `${DIGITS(10)}:${'AA'}${WORD(33)}`;
    expect(rule(`TELEGRAM_BOT_TOKEN=${token}`)).toBe('value.telegram-bot-token');
    expect(rule(`https://api.telegram.org/bot${token}/getMe`)).toBe('value.telegram-bot-token');
    expect(rule(`telegram: ${token}`)).toBe('value.telegram-bot-token');
    // The secret part of the documented example is 34 characters; a live token's is 35.
    expect(rule(`token=${DIGITS(9)}:A${WORD(33)}`)).toBe('value.telegram-bot-token');
    // Not inside a longer name or run of digits, and not with a longer secret part.
    expect(rule(`TELEGRAM_BOT_TOKEN=x${token}`)).toBeUndefined();
    expect(rule(`TELEGRAM_BOT_TOKEN=${DIGITS(7)}${token}`)).toBeUndefined();
    expect(rule(`TELEGRAM_BOT_TOKEN=${token}${alnum(4)}`)).toBeUndefined();
    // A credential-naming key with another value is still read.
    expect(rule(`TELEGRAM_BOT_TOKEN=${alnum(19)}7`)).toBe('value.credential-assignment');
  });

  it('a value typed by hand is no secret, a random one is', () => {
    expect(rule(`DEPLOY_API_KEY: ${'AbCdFg'}${'345'}`)).toBeUndefined();
    expect(rule(`DEPLOY_API_KEY: ${alnum(15)}7`)).toBe('value.credential-assignment');
  });

  it('Basic reads base64 of text (a user:password), not a word', () => {
    const credential = btoa(`deploy:${alnum(15)}`);
    expect(rule(`Authorization: Basic ${credential}`)).toBe('value.authorization-header');
    expect(rule(`the proxy log shows Basic ${credential} twice`)).toBe('value.basic-credential');
    expect(rule(`proxy: Basic ${credential.replace(/=+$/, '')} sent`)).toBe(
      'value.basic-credential',
    );
    // Bytes beyond ASCII where each group of four starts: no text, so no user:password.
    expect(rule(`Basic ${randomText('ghijkmnpqrstuvwxyz23456789', 16)}`)).toBeUndefined();
  });

  it('curl -u reads a password that mixes case or digits, not a user and group', () => {
    const password = `${alnum(11)}7`;
    expect(rule(`curl -u deploy:${password} https://api.example.com`)).toBe('value.curl-user');
    expect(rule(`curl --user "ops:${password}" https://api.example.com`)).toBe('value.curl-user');
    expect(rule(`docker run -u ${DIGITS(4)}:${DIGITS(4)} app`)).toBeUndefined();
    expect(rule('docker run --user app-runner:app-group app')).toBeUndefined();
  });

  it('a bounded prefix is found after a separator, not inside a dotted name or a word', () => {
    const key = `${'ic'}o-${alnum(32)}`;
    for (const before of [' ', '=', '"', '_', '-', '/']) {
      expect(rule(`INFRACOST_KEY${before}${key}`), before).toBe('value.infracost-key');
    }
    for (const before of ['favicon.', 'v1.', 'x']) {
      expect(rule(`${before}${key}`), before).toBeUndefined();
    }
  });

  it('a credential with a lead is found where the lead starts, not inside a longer run', () => {
    const secret = `${alnum(3)}8${'Q'}~${alnum(34)}`;
    expect(rule(`client_secret=${secret}`)).toBe('value.azure-client-secret');
    expect(rule(`signature ${secret}`)).toBe('value.azure-client-secret');
    expect(rule(`signature ${alnum(40)}${secret}`)).toBeUndefined();
  });
});

describe('random ids and hashes', () => {
  const hex = (length: number) =>
    fc.string({
      unit: fc.constantFrom(...'0123456789abcdef'),
      minLength: length,
      maxLength: length,
    });

  it('pass: UUIDs, sha1 and sha256 digests, correlation ids', () => {
    fc.assert(
      fc.property(fc.uuid(), hex(40), hex(64), hex(12), (uuid, sha1, sha256, correlation) => {
        for (const text of [
          uuid,
          uuid.toUpperCase(),
          sha1,
          sha256,
          sha256.toUpperCase(),
          `saas-${correlation}`,
        ]) {
          expect(matchValueRule(text)).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pass: semantic versions and ISO timestamps', () => {
    fc.assert(
      fc.property(
        fc.nat(99),
        fc.nat(99),
        fc.nat(999),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (major, minor, patch, date) => {
          expect(
            matchValueRule(`v${major}.${minor}.${patch}-rc.${patch}+build.${minor}`),
          ).toBeUndefined();
          expect(matchValueRule(date.toISOString())).toBeUndefined();
          expect(matchValueRule(`window opens at ${date.toISOString()}`)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pass: plain URLs with ordinary query parameters', () => {
    const segment = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        segment,
        segment,
        (path, name, value) => {
          const url = `https://status.example.com/${path.join('/')}?view=${value}&q${name}=${value}`;
          expect(matchValueRule(url)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
