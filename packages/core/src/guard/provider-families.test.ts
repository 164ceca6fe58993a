import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, randomText, randomUuid, UPPER_ALNUM } from '../../test/random-text.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { VALUE_RULES } from './value-rules.js';

// One test per provider family, with credentials in the shapes the providers document,
// built at run time (prefixes split, bodies random) so this file holds no literal token.

const a = (length: number) => randomText(ALNUM, length);
const h = (length: number) => randomText(HEX, length);
const u = (length: number) => randomText(UPPER_ALNUM, length);
const w = (length: number) => randomText(`${ALNUM}_-`, length);
const l = (length: number) => randomText('abcdefghijklmnopqrstuvwxyz0123456789', length);

/** Per family: rule id and a builder of a credential in the provider's documented shape. */
const FAMILIES: Record<string, readonly (readonly [string, () => string])[]> = {
  'source-host': [
    ['value.github-token', () => `${'gh'}p_${a(36)}`],
    ['value.github-token', () => `${'gh'}s_${a(36)}`],
    ['value.github-fine-grained-token', () => `${'github'}_pat_${a(22)}_${a(59)}`],
    ['value.gitlab-token', () => `${'gl'}pat-${w(20)}`],
    ['value.gitlab-runner-registration-token', () => `${'GR'}1348941${w(20)}`],
    ['value.gitlab-session-cookie', () => `Cookie: ${'_gitlab'}_session=${l(32)}`],
    ['value.bitbucket-app-password', () => `${'AT'}BB${a(32)}`],
    ['value.atlassian-api-token', () => `${'ATA'}TT3${w(180)}`],
    ['value.sourcegraph-token', () => `${'sg'}p_${h(16)}_${h(40)}`],
    ['value.sourcegraph-token', () => `${'sg'}p_local_${randomText('0123456789abcdefABCDEF', 40)}`],
  ],
  'ci-cd': [
    ['value.circleci-token', () => `${'CCI'}PAT_${a(22)}_${h(40)}`],
    ['value.buildkite-token', () => `${'bk'}ua_${h(40)}`],
    ['value.sonar-token', () => `${'sq'}p_${h(40)}`],
    ['value.pulumi-token', () => `${'pu'}l-${h(40)}`],
    ['value.doppler-token', () => `${'dp'}.pt.${a(43)}`],
    ['value.heroku-api-key', () => `${'HR'}KU-AA${w(58)}`],
    ['value.terraform-cloud-token', () => `${a(14)}.${'atlas'}v1.${w(64)}`],
    ['value.octopus-deploy-key', () => `${'AP'}I-${u(26)}`],
  ],
  cloud: [
    // Access key ids are base32 (uppercase letters and the digits 2 to 7).
    [
      'value.aws-access-key-id',
      () => `${'AK'}IA${randomText('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    ],
    ['value.google-api-key', () => `${'AI'}za${w(35)}`],
    ['value.google-oauth-client-secret', () => `${'GOC'}SPX-${w(28)}`],
    ['value.azure-client-secret', () => `${a(3)}8${'Q'}~${w(31)}`],
    ['value.azure-storage-key', () => `Account${'Key'}=${a(86)}==`],
    ['value.digitalocean-token', () => `${'do'}p_v1_${h(64)}`],
    ['value.vault-token', () => `${'hv'}s.${w(90)}`],
    ['value.alibaba-access-key-id', () => `${'LT'}AI${a(20)}`],
    ['value.openshift-token', () => `${'sha'}256~${w(43)}`],
    ['value.castai-key', () => `${'castai'}_v1_${a(64)}_${a(8)}`],
  ],
  database: [
    ['value.supabase-token', () => `${'sb'}p_${h(40)}`],
    ['value.planetscale-token', () => `${'pscale'}_tkn_${w(43)}`],
    ['value.clickhouse-cloud-key', () => `CLICKHOUSE_SECRET_KEY=${'4b'}1d${a(38)}`],
    ['value.mongodb-atlas-key', () => `MONGODB_ATLAS_PRIVATE_KEY=${randomUuid()}`],
  ],
  payment: [
    ['value.stripe-secret-key', () => `${'sk'}_live_${a(24)}`],
    ['value.stripe-restricted-key', () => `${'rk'}_live_${a(24)}`],
    ['value.stripe-webhook-secret', () => `${'wh'}sec_${a(32)}`],
    ['value.braintree-token', () => `${'access_token'}$production$${l(16)}`],
    ['value.braintree-tokenization-key', () => `${'sandbox'}_${l(8)}_${l(16)}`],
    ['value.square-token', () => `${'sq0'}atp-${w(22)}`],
    ['value.shippo-token', () => `${'shippo'}_live_${h(40)}`],
    ['value.razorpay-key', () => `${'rzp'}_live_${a(14)}`],
    ['value.plaid-access-token', () => `${'access'}-production-${randomUuid()}`],
  ],
  messaging: [
    ['value.slack-token', () => `${'xo'}xb-${a(12)}-${a(24)}`],
    ['value.slack-app-token', () => `${'xa'}pp-1-${a(11)}-${a(30)}`],
    [
      'value.slack-webhook-url',
      () => `https://hooks.${'slack'}.com/services/T${u(10)}/B${u(10)}/${a(24)}`,
    ],
    [
      'value.discord-webhook-url',
      () => `https://discord.com/api/${'webhooks'}/${randomText('0123456789', 18)}/${w(68)}`,
    ],
    ['value.discord-bot-token', () => `DISCORD_CLIENT_SECRET=${w(32)}`],
    ['value.telegram-bot-token', () => `${randomText('123456789', 10)}:${'AA'}${w(33)}`],
    // The documented examples: 34 characters after the bot id, in the Bot API's URL.
    [
      'value.telegram-bot-token',
      () => `https://api.telegram.org/bot${randomText('123456789', 9)}:${'A'}${w(33)}/getMe`,
    ],
    ['value.twilio-api-key', () => `${'S'}K${h(32)}`],
    ['value.sendgrid-key', () => `${'S'}G.${w(22)}.${w(43)}`],
    ['value.mailgun-key', () => `${'ke'}y-${h(32)}`],
    ['value.brevo-key', () => `${'xkey'}sib-${h(64)}-${a(16)}`],
  ],
  monitoring: [
    ['value.datadog-key', () => `DATADOG_API_KEY=${h(32)}`],
    ['value.new-relic-key', () => `${'NR'}AK-${u(27)}`],
    ['value.sentry-user-token', () => `${'sntry'}u_${h(64)}`],
    ['value.grafana-service-account-token', () => `${'gl'}sa_${a(32)}_${h(8)}`],
    ['value.dynatrace-token', () => `${'dt0'}c01.${u(24)}.${a(64)}`],
    ['value.launchdarkly-key', () => `${'sd'}k-${randomUuid()}`],
  ],
  'ai-api': [
    ['value.openai-key', () => `${'sk'}-proj-${w(60)}`],
    ['value.openai-legacy-key', () => `${'sk'}-${a(48)}`],
    ['value.anthropic-key', () => `${'sk'}-ant-api03-${w(93)}`],
    ['value.openrouter-key', () => `${'sk'}-or-v1-${h(64)}`],
    ['value.huggingface-token', () => `${'h'}f_${a(34)}`],
    ['value.groq-key', () => `${'gs'}k_${a(52)}`],
    ['value.replicate-token', () => `${'r'}8_${a(37)}`],
    ['value.perplexity-key', () => `${'pp'}lx-${a(48)}`],
    ['value.xai-key', () => `${'xa'}i-${a(80)}`],
  ],
  'package-registry': [
    ['value.npm-token', () => `${'np'}m_${a(36)}`],
    ['value.pypi-token', () => `${'py'}pi-AgEIcHlwaS5vcmc${w(70)}`],
    ['value.rubygems-key', () => `${'ruby'}gems_${h(48)}`],
    ['value.docker-hub-token', () => `${'dckr'}_pat_${w(27)}`],
    ['value.clojars-token', () => `${'CLO'}JARS_${a(60)}`],
    ['value.artifactory-api-key', () => `${'AK'}Cp${a(69)}`],
    [
      'value.nuget-key',
      () => `NUGET_API_KEY=${'oy'}2${randomText('abcdefghijklmnopqrstuvwxyz0123456789', 43)}`,
    ],
  ],
  saas: [
    ['value.shopify-token', () => `${'shp'}at_${h(32)}`],
    ['value.linear-key', () => `${'lin'}_api_${a(40)}`],
    [
      'value.claude-session-url',
      () => `see https://${'claude'}.ai/code/session_${a(24)} for context`,
    ],
    ['value.chieftools-token', () => `${'ct'}p_${a(36)}`],
    ['value.postman-key', () => `${'PM'}AK-${h(24)}-${h(34)}`],
    ['value.notion-token', () => `${'nt'}n_${randomText('0123456789', 11)}${a(35)}`],
    ['value.contentful-token', () => `${'CF'}PAT-${w(43)}`],
    ['value.typeform-token', () => `${'tf'}p_${w(59)}`],
    ['value.hubspot-token', () => `${'pat'}-na1-${randomUuid()}`],
    ['value.mapbox-secret-token', () => `${'sk'}.eyJ${w(60)}.${w(22)}`],
  ],
  'private-key': [
    [
      'value.private-key-block',
      () => `${'-'.repeat(5)}BEGIN OPENSSH PRIVATE KEY${'-'.repeat(5)}\n${a(64)}`,
    ],
    [
      'value.private-key-base64',
      () => btoa(`${'-'.repeat(5)}BEGIN RSA PRIVATE KEY${'-'.repeat(5)}\n${a(40)}`),
    ],
    ['value.putty-private-key', () => `${'PuTTY'}-User-Key-File-3: ssh-ed25519`],
    ['value.age-secret-key', () => `${'AGE'}-SECRET-KEY-1${u(58)}`],
  ],
  token: [
    [
      'value.jwt',
      () =>
        `${btoa('{"alg":"HS256","typ":"JWT"}').replace(/=+$/, '')}.${btoa(`{"sub":"${a(12)}"}`).replace(/=+$/, '')}.${w(43)}`,
    ],
  ],
  url: [
    ['value.url-userinfo', () => `redis://default:${a(24)}@cache.internal:6379`],
    ['value.bearer-credential', () => `Bearer ${a(40)}`],
    ['value.basic-credential', () => `Basic ${btoa(`deploy:${a(16)}`)}`],
  ],
};

describe.each(Object.entries(FAMILIES))('the %s family', (family, samples) => {
  it.each(samples.map(([rule, build]) => [rule, build] as const))(
    '%s: found alone, after token_, in prose and with its span',
    (rule, build) => {
      expect(VALUE_RULES.find((candidate) => candidate.id === rule)?.family).toBe(family);
      const credential = build();
      for (const [before, after] of [
        ['', ''],
        ['token_', ''],
        ['The deploy log printed ', ' before the rollback.'],
      ] as const) {
        const text = `${before}${credential}${after}`;
        const spans = locateSensitiveText(text);
        expect(
          spans.map((span) => span.rule),
          text,
        ).toEqual([rule]);
        const [span] = spans;
        expect(span?.end).toBeLessThanOrEqual(before.length + credential.length);
        expect(span?.start).toBeGreaterThanOrEqual(before.length);
      }
    },
  );
});
