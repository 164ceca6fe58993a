import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { locateSensitiveText } from './locate-sensitive-text.js';

// A credential-named key with a random-looking value, in every common config and source
// syntax. Each value is generated at run time; each test checks the rule and that the
// span covers exactly the value.

const secret = () => `${randomText(ALNUM, 18)}7`;

/** Asserts `text` holds one finding of `rule` whose span is exactly `value`. */
function expectValueFound(text: string, value: string, rule = 'value.credential-assignment') {
  const spans = locateSensitiveText(text);
  expect(spans, text).toHaveLength(1);
  const [span] = spans;
  expect(span?.rule).toBe(rule);
  expect(text.slice(span?.start, span?.end)).toBe(value);
}

const FORMS: Record<string, (value: string) => string> = {
  JSON: (value) => `{"db_password": "${value}", "port": 5432}`,
  'YAML, quoted': (value) => `database:\n  password: "${value}"\n  port: 5432\n`,
  'YAML, unquoted': (value) => `database:\n  api_key: ${value}\n  port: 5432\n`,
  TOML: (value) => `[server]\nsecret_key = "${value}"\n`,
  INI: (value) => `[client]\npassword=${value}\n`,
  '.env': (value) => `NODE_ENV=production\nSTRIPE_API_KEY=${value}\n`,
  '.properties': (value) => `spring.datasource.password=${value}\n`,
  '.properties with a colon': (value) => `app.auth.token: ${value}\n`,
  'XML element': (value) => `<config><password>${value}</password></config>`,
  'XML attribute': (value) => `<datasource user="app" password="${value}"/>`,
  'Go :=': (value) => `apiToken := "${value}"`,
  'Go var x string =': (value) => `var clientSecret string = "${value}"`,
  'Make :=': (value) => `AUTH_TOKEN := ${value}\n`,
  'Make ::=': (value) => `AUTH_TOKEN ::= ${value}\n`,
  'Make ?=': (value) => `AUTH_TOKEN ?= ${value}\n`,
  'PHP .=': (value) => `$password .= '${value}';`,
  'logstash =>': (value) => `output { http { password => "${value}" } }`,
  'shell export': (value) => `export GITHUB_TOKEN=${value}`,
  'setProperty("X", "v")': (value) => `System.setProperty("db.password", "${value}");`,
  'connection string': (value) => `Server=db;Database=app;User Id=app;Password=${value};`,
  'JSON escaped inside a string': (value) => `"{\\"api_token\\": \\"${value}\\"}"`,
  'XML element named after a service': (value) => `<stripeToken>${value}</stripeToken>`,
  'XML element over lines': (value) => `<apiToken>\n    ${value}\n</apiToken>`,
  'YAML literal block': (value) => `auth_token: |\n  ${value}\n`,
  'YAML folded block': (value) => `auth_token: >-\n  ${value}\n`,
  'CSV key,value': (value) => `service_token,${value},prod\n`,
  'Make :::=': (value) => `AUTH_TOKEN :::= "${value}"\n`,
  'Make +=': (value) => `AUTH_TOKEN += "${value}"\n`,
};

describe('credentials assigned to a credential-named key', () => {
  it.each(Object.entries(FORMS))('%s', (_form, write) => {
    const value = secret();
    expectValueFound(write(value), value);
  });

  it('Authorization headers of any scheme', () => {
    for (const scheme of ['Bearer', 'token', 'Basic', 'Digest', 'ApiKey']) {
      const value = secret();
      expectValueFound(`Authorization: ${scheme} ${value}`, value, 'value.authorization-header');
      expectValueFound(
        `{"authorization": "${scheme} ${value}"}`,
        value,
        'value.authorization-header',
      );
    }
  });

  it('curl -u user:password', () => {
    const value = `deploy:${secret()}`;
    expectValueFound(`curl -u ${value} https://api.example.com/v1`, value, 'value.curl-user');
    expectValueFound(`curl --user '${value}' https://api.example.com`, value, 'value.curl-user');
  });

  it('curl -u with an e-mail user, an empty user or a quoted password', () => {
    const password = secret();
    for (const value of [`ops@acme.io:${password}`, `:${password}`]) {
      expectValueFound(`curl -u "${value}" https://api.example.com`, value, 'value.curl-user');
    }
    const quoted = `deploy:'${password}'`;
    const text = `curl --user ${quoted} -X PATCH https://api.example.com`;
    const [span] = locateSensitiveText(text);
    expect(span?.rule).toBe('value.curl-user');
    expect(text.slice(span?.start, span?.end)).toBe(`deploy:'${password}`);
  });

  it('connection URLs with a password', () => {
    const password = secret();
    const text = `postgres://app:${password}@db.internal:5432/app`;
    const [span] = locateSensitiveText(text);
    expect(span?.rule).toBe('value.url-userinfo');
    expect(text.slice(span?.start, span?.end)).toContain(password);
  });

  it('URL query parameters naming a credential', () => {
    const value = secret();
    expectValueFound(
      `https://files.example.com/export.csv?sig=${value}&se=2026`,
      value,
      'value.url-credential-parameter',
    );
  });

  it('Kubernetes Secret data values (base64), whatever their key', () => {
    const value = btoa(`${secret()}!`);
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  db.conf: ${value}\n`;
    expectValueFound(manifest, value, 'value.kubernetes-secret-data');
  });

  it('Kubernetes Secret data in any case of kind, and in a block scalar', () => {
    const value = btoa(`${secret()}!`);
    const lower = `apiVersion: v1\ndata:\n  extra: '${value}'\nkind: 'secret'\n`;
    expectValueFound(lower, value, 'value.kubernetes-secret-data');
    const block = `apiVersion: v1\ndata:\n  .dockercfg: |\n    ${value}\nkind: Secret\n`;
    expectValueFound(block, value, 'value.kubernetes-secret-data');
  });

  it('a password with < and > inside it (only a leading < or trailing > is a template)', () => {
    const value = `${randomText(ALNUM, 8)}<${randomText(ALNUM, 8)}>${randomText(ALNUM, 4)}!`;
    expectValueFound(`$DB_PASSWORD="${value}"`, value);
    expectValueFound(`db_password: '${value}'`, value);
  });

  it('a provider format inside an assignment is reported by its provider rule', () => {
    const token = `${'np'}m_${randomText(ALNUM, 36)}`;
    expectValueFound(`NPM_TOKEN=${token}`, token, 'value.npm-token');
  });
});

describe('assignments that are not secrets', () => {
  it.each([
    'password: rotated',
    `token=\${SUPPORT_BOT_TOKEN}`,
    'api_key={{ secrets.API_KEY }}',
    'password=<your-password>',
    'client_secret: "********"',
    'secret_key = "changeme123"',
    'API_TOKEN=example-token-1234',
    'password: dummy1234567',
    'token: xxxxxxxxxxxxxxxx',
    'password=aaaaaaaaaaaa1',
    'token_url = https://auth.example.com/oauth2/token',
    'password_policy: min14chars',
    'max_tokens=4096',
    'auth: "Bearer of bad news"',
    'kind: Deployment\ndata:\n  name: YWRtaW4=',
    'kind: SopsSecret\ndata:\n  data-name1: ZGF0YS12YWx1ZTE=',
    `<apiToken>\n    \${API_TOKEN}\n</apiToken>`,
    'token,type,expires_at\n',
    'auth_token: |\n  changeme-please\n',
    'tokenCount += 1',
    'rotate the token, then the key, then audit',
    'token,token,token,token,',
  ])('%j', (text) => {
    expect(locateSensitiveText(text)).toEqual([]);
  });
});
