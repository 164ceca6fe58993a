/** The kind of credential a value rule looks for. */
export type ValueRuleFamily =
  | 'source-host'
  | 'ci-cd'
  | 'cloud'
  | 'database'
  | 'payment'
  | 'messaging'
  | 'monitoring'
  | 'ai-api'
  | 'package-registry'
  | 'saas'
  | 'private-key'
  | 'token'
  | 'url'
  | 'assignment';

/** A rule that flags a string value carrying credential material. */
export interface ValueRule {
  /** Stable id reported in findings and errors (`value.github-token`). */
  readonly id: string;
  /** The kind of credential (who issues it, or which shape of leak it is). */
  readonly family: ValueRuleFamily;
  /**
   * Literal prefixes a credential of this rule starts with (`ghp_`). Empty for a rule
   * that a credential-naming key selects (`keywords`) or that code checks (assignments).
   */
  readonly prefixes: readonly string[];
  /**
   * Words (lowercase letters and digits) of which an assignment's key must contain one
   * for this rule to read its value (`datadog` in `DD_DATADOG_API_KEY=...`).
   */
  readonly keywords: readonly string[];
  /**
   * The credential after its prefix, or the whole assigned value for a keyword rule.
   * Sticky (`y`), linear: bounded quantifiers only.
   */
  readonly body: RegExp | undefined;
  /**
   * What must hold right before the prefix (a pattern ending there), for formats whose
   * rare part is in the middle (`<digits>:AA...`); the span then starts with it.
   */
  readonly lead: RegExp | undefined;
  /**
   * `random`: the body must look random, not like a placeholder (the default);
   * `placeholder`: it must only not be a placeholder; `always`: the reference's own
   * patterns, flagged whatever the body is.
   */
  readonly check: 'random' | 'placeholder' | 'always';
  /**
   * The credential (its lead, if any, else its prefix) does not continue a word or a
   * dotted name (`box.ico-…`): the character before it is no letter, digit or `.`.
   */
  readonly startBoundary: boolean;
  /** The character after the body must not be a letter or digit. */
  readonly endBoundary: boolean;
  /** The prefix is context (`Bearer `, `://`), not part of the credential. */
  readonly spanFromBody: boolean;
  /** The body must mix lowercase letters with uppercase letters or digits (not a word). */
  readonly mixed: boolean;
}

/**
 * The rule table, one line per rule: `id prefixes body [flags] [<lead]`, under a
 * `# family` heading. A line of an id alone is a rule the scanner's code reads
 * (assignments of a random-looking value to a key that names a credential, in any config
 * or source syntax, and values of a Kubernetes `Secret`).
 * - `prefixes`: comma-separated literals (`\s` is a space), or `@` and comma-separated
 *   key keywords; `@` alone stands for the id's first word (`gitea-token @` reads keys
 *   naming `gitea`).
 * - `body`: a regular-expression source with shorthands `%a` (letters and digits), `%h`
 *   (lowercase hex), `%H` (uppercase hex), `%x` (hex), `%w` (`\w` and `-`), `%b` (base64),
 *   `%u` (uppercase and digits), `%l` (lowercase and digits), `%U` (a UUID).
 * - `flags`: `r` the reference's own pattern (always flagged), `p` placeholder check only,
 *   `b` start boundary (not inside a word or a dotted name), `e` end boundary, `c` the
 *   prefix is context, not part of the credential, `m` the body mixes lowercase with
 *   uppercase or digits (not a word), `-` none.
 *
 * The formats come from the providers' documentation of their credentials: a documented
 * prefix, alphabet and length. Bodies accept the shortest documented length and a margin,
 * so longer or newer tokens of a format are caught too.
 */
const TABLE = `
# source-host
github-token ghp_,gho_,ghu_,ghs_,ghr_ [\\w]{20,255} r
github-fine-grained-token github_pat_ %a{22}_%a{59}
gitlab-token glpat-,gldt-,glrt-,glptt-,glft-,glimt-,gloas-,glsoat-,glcbt-,glffct-,glagent-,glwt-,gltst- [\\w.-]{20,300}
gitlab-runner-registration-token GR1348941 %w{20,40}
gitlab-session-cookie _gitlab_session= %l{32} c
bitbucket-app-password ATBB %a{28,60}
atlassian-api-token ATATT3,ATCTT3 [\\w=-]{100,300}
sourcegraph-token sgp_ (?:%x{16}_|local_)?%x{40} e
azure-devops-token @azuredevops,azdo,vsts,devopspat [a-z2-7]{52}|%a{76}AZDO%a{4}
gitea-token @ %h{40}
gitter-token @ %w{40}
bitbucket-client-secret @ %w{32,64}

# ci-cd
circleci-token CCIPAT_,CCIPRJ_ %a{22}_%h{40}
buildkite-token bkua_,bkagent_ %h{40}
harness-token pat.,sat. %w{22}\\.%h{24}\\.%a{20} b
octopus-deploy-key API- %u{26,28} be
sonar-token squ_,sqp_,sqa_ %h{40}
prefect-key pnu_ %a{36}
pulumi-token pul- %h{40}
terraform-cloud-token .atlasv1. [\\w=-]{60,70} - <%a{14}
scalingo-token tk-us- %w{48}
doppler-token dp.pt.,dp.st.,dp.sa.,dp.ct.,dp.scim.,dp.audit. %a{40,44}
infracost-key ico- %a{32} be
fly-token fo1_ %w{43}
fly-macaroon fm1r_,fm1a_,fm2_ [\\w+/=]{100,1024} b
netlify-token nfp_ %a{36,40}
vercel-token vcp_,vci_,vca_,vcr_,vck_ %a{24,64}
render-key rnd_ %a{32}
heroku-api-key HRKU-AA %w{58}
travis-ci-token @ %w{22}
drone-ci-token @ %a{32}
codecov-token @ %U|%h{32}
snyk-token @ %U
jenkins-token @ %h{32,34}
netlify-legacy-token @ %w{40,46}
heroku-legacy-api-key @ %U
vercel-legacy-token @ %a{24}
readme-key rdme_ %l{70}

# cloud
aws-access-key-id AKIA,ASIA,ABIA,ACCA [A-Z2-7]{16} e
aws-legacy-access-key-id A3T [A-Z0-9][A-Z2-7]{16} e
aws-secret-access-key @secretaccesskey,awssecret,awssecretkey [A-Za-z0-9/+]{40}
aws-bedrock-key ABSK [A-Za-z0-9+/]{100,300}
google-api-key AIza %w{35} be
google-oauth-client-secret GOCSPX- %w{28}
google-oauth-access-token ya29. %w{30,500}
firebase-messaging-key :APA91b %w{134} - <AAAA%w{7}
azure-storage-key AccountKey=,SharedAccessKey=,SharedAccessSignature=sv= [A-Za-z0-9+/%]{40,100}={0,2} c
azure-client-secret Q~ [\\w~.-]{31,34} be <[\\w~.]{3}\\d
alibaba-access-key-id LTAI %a{12,20} e
alibaba-secret @alibaba,aliyun %a{30}
tencent-secret-id AKID %a{32} e
digitalocean-token dop_v1_,doo_v1_,dor_v1_ %h{64}
linode-token @ %h{64}
hetzner-token @hetzner,hcloud %a{64}
vultr-key @ %u{36}
scaleway-key SCW %u{17} be
ibm-cloud-key @ibmcloud,bluemix %w{44}
cloudflare-api-key @ %w{40}|%h{37}
cloudflare-origin-ca-key v1.0- %h{24}-%h{146}
fastly-token @ %w{32}
akamai-credential akab- %l{16}-%l{16} b
vault-token hvs.,hvb.,hvr. %w{24,300}
vault-legacy-token @ s\\.%a{24}
openshift-token sha256~ %w{43}
castai-key castai_v1_ %a{64}_%a{8} e
yandex-api-key AQVN %w{35,38}
yandex-access-token t1. [\\w-]{20,100}={0,2}\\.%w{86}={0,2} b
yandex-aws-token @ YC%w{38}
databricks-token @ dapi%x{32}(?:-\\d)?
confluent-key @ %a{16}|%a{64}
kubernetes-service-account-token @serviceaccounttoken eyJ[\\w.-]{20,2000}

# database
supabase-token sbp_,sbp_oauth_ %h{40}
supabase-secret-key sb_secret_ %w{20,64}
planetscale-token pscale_tkn_,pscale_pw_,pscale_oauth_ %w{32,64}
clickhouse-cloud-key @ 4b1d%a{38}
mongodb-atlas-key @mongodbatlas,atlasprivate %U
redis-cloud-key @rediscloud %a{40,60}

# payment
stripe-secret-key sk_live_,sk_test_ %w{16,255} r
stripe-restricted-key rk_live_,rk_test_,rk_prod_,sk_prod_ %a{16,255}
stripe-webhook-secret whsec_ %b{24,64}
square-token sq0atp-,sq0csp- %w{22,43}
square-access-token EAAA %w{60} bem
braintree-token access_token$production$,access_token$sandbox$ %l{16}(?:\\$%h{32})?
braintree-tokenization-key production_,sandbox_ %l{8}_%l{16} be
razorpay-key rzp_live_,rzp_test_ %a{14}
flutterwave-key FLWSECK_TEST-,FLWSECK- %h{32}-X
flutterwave-encryption-key FLWSECK_TEST %h{12} e
shippo-token shippo_live_,shippo_test_ %h{40}
easypost-key EZAK,EZTK %a{54} e
duffel-token duffel_test_,duffel_live_ %w{43}
plaid-access-token access-sandbox-,access-development-,access-production- %U
gocardless-token @ live_%w{40}
mollie-key @ (?:live|test)_%a{30}
coinbase-key @ %w{64}
kraken-key @ [\\w+/=-]{80,90}
kucoin-key @ %h{24}
bittrex-key @ %a{32}
lob-key @ (?:live|test)_%h{35}
adyen-key @ AQE[\\w+/=.-]{80,200}

# messaging
slack-token xoxb-,xoxp-,xoxa-,xoxr-,xoxs- [A-Za-z0-9-]{16,255} r
slack-app-token xapp-,xoxe-,xoxe.xoxp-,xoxe.xoxb-,xoxo- [A-Za-z0-9-]{16,255}
slack-webhook-url hooks.slack.com/services/,hooks.slack.com/workflows/,hooks.slack.com/triggers/ [\\w/+-]{20,255} pc
discord-webhook-url discord.com/api/webhooks/,discordapp.com/api/webhooks/ \\d{5,30}/%w{20,100} c
discord-bot-token @ [A-Za-z0-9]{23,28}\\.%w{6}\\.%w{27,38}|%h{64}|%w{32}
teams-webhook-url webhook.office.com/webhookb2/ [\\w@/-]{20,255} pc
telegram-bot-token :A %w{33,34} e <(?<![A-Za-z\\d](?<!bot))\\d{5,16}
twilio-api-key SK %x{32} be
sendgrid-key SG. %w{22}\\.%w{43}
mailgun-key key-,pubkey- %h{32} be
mailgun-signing-key @ %h{32}-%h{8}-%h{8}
mailchimp-key -us \\d{1,2} e <%h{32}
brevo-key xkeysib-,xsmtpsib- %h{64}-%a{16}
postmark-token @ %U
messagebird-key @messagebird,birdapi %a{25}
vonage-secret @nexmo,vonage %a{16}
intercom-token @ %w{59}=
mattermost-token @ %a{26}
sendbird-token @ %h{40}
zendesk-token @ %a{40}
twitch-token @ %a{30}
zapier-webhook-url hooks.zapier.com/hooks/catch/ \\d{4,12}/%a{5,12} pc

# monitoring
datadog-key @datadog,ddapi,ddapp %h{32}|%h{40}
new-relic-key NRAK-,NRII-,NRJS-,NRAA- %w{19,40}
new-relic-license-key @newrelic %h{36}NRAL
sentry-token sntrys_ [\\w+/=]{40,300}
sentry-user-token sntryu_ %h{64}
grafana-api-key @ eyJrIjoi%b{70,400}
grafana-cloud-token glc_ [\\w+/=]{32,400}
grafana-service-account-token glsa_ %a{32}_%h{8}
dynatrace-token dt0c01. %u{24}\\.%a{64}
honeycomb-key hcaik_,hcxik_,hcamk_ %a{20,64}
honeycomb-config-key @ %a{22}|%a{32}
pagerduty-key @ %w{20}|u\\+%w{18}
opsgenie-key @ %U
sumologic-key @sumologic,sumo %a{64}|su%a{12}
splunk-token @ %U
rollbar-token @ %h{32}
bugsnag-key @ %h{32}
loggly-token @ %U
mezmo-key @logdna,mezmo %h{32}
launchdarkly-key sdk-,api-,mob- %U b

# ai-api
openai-key sk-proj-,sk-svcacct-,sk-admin- %w{40,255}
openai-legacy-key sk- %a{32,64} be
anthropic-key sk-ant- [a-z]{2,12}\\d{2}-%w{80,255}
openrouter-key sk-or-v1- %h{64}
xai-key xai- %a{80} b
huggingface-token hf_ %a{34,40} bem
huggingface-org-token api_org_ %a{34} e
groq-key gsk_ %a{48,52}
replicate-token r8_ %a{37} b
perplexity-key pplx- %a{48}
langsmith-key lsv2_pt_,lsv2_sk_ %h{32}_%h{10}
pinecone-key pcsk_ \\w{40,100}
cohere-key @ %a{40}
mistral-key @ %a{32}
together-key @ %h{64}
assemblyai-key @ %h{32}
deepgram-key @ %h{40}
elevenlabs-key @elevenlabs,xiapikey %h{32}|sk_%h{48}
azure-openai-key @azureopenai,openaiazure %h{32}
privateai-key @ %a{32}

# package-registry
npm-token npm_ %a{36}
pypi-token pypi-AgEIcHlwaS5vcmc,pypi-AgENdGVzdC5weXBpLm9yZw %w{50,300}
rubygems-key rubygems_ %h{48}
docker-hub-token dckr_pat_,dckr_oat_ %w{27,64}
nuget-key @ oy2%l{43}
clojars-token CLOJARS_ %a{60}
crates-io-token @crates,cargo cio%a{32}
artifactory-api-key AKCp %a{69}
artifactory-reference-token @artifactory,jfrog cmVmdGtu%a{56}
hex-key @hexpm %h{32}
gemfury-token @ %a{20}

# saas
shopify-token shpat_,shpca_,shppa_,shpss_ %x{32}
linear-key lin_api_,lin_oauth_ %a{40}
claude-session-url claude.ai/code/session_ %a{16,64} c
chieftools-token ctp_,cto_,ctr_ %a{30,248} be
postman-key PMAK- %x{24}-%x{34}
notion-token ntn_ \\d{11}%a{35}
notion-legacy-token secret_ %a{43} be
airtable-token @ pat%a{14}\\.%h{64}|%a{14,17}
asana-token @ [12]/\\d{10,20}(?:/\\d{10,20})?:%h{32}|\\d{16}
contentful-token CFPAT- %w{43}
hubspot-token pat-na1-,pat-eu1- %U
hubspot-key @ %U
typeform-token tfp_ %w{59}
mapbox-secret-token sk.eyJ %w{40,300}\\.%w{22}
algolia-key @ %h{32}
frameio-token fio-u- %w{64}
okta-token @ 00%w{40}
auth0-secret @ %w{64}
figma-token figd_ %w{40,50}
dropbox-token sl. %w{135,140} b
dropbox-long-lived-token @ %a{11}AAAAAAAAAA[\\w-]{43}
trello-key @ %a{32}|%a{64}
freshbooks-token @ %a{64}
freshdesk-key @ %a{20}
etsy-key @ %a{24}
flickr-key @ %a{32}
nytimes-key @ %w{32}
beamer-key @ b_%w{44}
adobe-client-secret p8e- %a{32} be
adafruit-key @ %w{32}
maxmind-key _mmk (?:) e <%a{6}_%a{29}
defined-networking-key dnkey- %w{26}-%w{52}
onepassword-service-token ops_eyJ [\\w+/=]{250,4000}
onepassword-secret-key A3- %u{6}-(?:%u{11}|%u{6}-%u{5})-%u{5}-%u{5}-%u{5}
settlemint-token sm_pat_,sm_aat_,sm_sat_ %a{16}
intra42-secret s-s4t2ud-,s-s4t2af- %h{64}
rapidapi-key @ %w{50}
squarespace-key @ %U
looker-secret @ %a{20}|%a{24}
meraki-key @ %h{40}
salesforce-access-token ! [\\w.]{96} - <00D%a{12,15}
freemius-key @ sk_%w{29}
facebook-access-token EAAM,EAAC %a{100,255}
facebook-secret @ %h{32}
twitter-token @ %a{25,50}|A{22}[\\w%]{30,120}
linkedin-secret @ %a{14,16}
zoom-secret @ %a{32}

# private-key
private-key-block -----BEGIN\\s,----\\sBEGIN\\s [A-Z0-9\\x20]{0,40}PRIVATE\\x20KEY r
private-key-base64 LS0tLS1CRUdJTi [A-Za-z0-9+/]{0,40}?(?:UFJJVkFURSBLRV|BSSVZBVEUgS0VZ|QUklWQVRFIEtFW) r
putty-private-key PuTTY-User-Key-File- \\d r
age-secret-key AGE-SECRET-KEY-1 %u{58} r

# token
jwt .eyJ %w{8,4000} - <eyJ[\\w-]{8,1024}

# url
url-userinfo :// [^\\s/?#@:'"\`]{0,256}:[^\\s/?#@'"\`]{1,256}@ pc
bearer-credential Bearer\\s,BEARER\\s,Bearer%20,bearer%20,Bearer+ [\\w.~+/=-]{16,2048} cm
basic-credential Basic\\s,BASIC\\s,Basic%20 (?:[A-Za-f]%b{3}){3,256}(?:[A-Za-f]%b{1,2}={0,2})? ecm
curl-user -u\\s,--user\\s,-u\\s',-u\\s",--user\\s',--user\\s" [^\\s:'"]{0,64}:['"]?[^\\s:'"]{4,128} pbcm

# assignment
credential-assignment
authorization-header
# url
url-credential-parameter
# assignment
kubernetes-secret-data
`;

const SHORTHANDS: Readonly<Record<string, string>> = {
  a: '[A-Za-z0-9]',
  h: '[a-f0-9]',
  H: '[A-F0-9]',
  x: '[A-Fa-f0-9]',
  w: '[\\w-]',
  b: '[A-Za-z0-9+/]',
  u: '[A-Z0-9]',
  l: '[a-z0-9]',
  U: '[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}',
};

/** Expands a body written with the table's shorthands into a regular-expression source. */
export function expandShorthands(body: string): string {
  return body.replace(/%([ahHxwbulU])/g, (_match, name: string) => SHORTHANDS[name] as string);
}

function parseTable(table: string): ValueRule[] {
  const rules: ValueRule[] = [];
  let family = 'source-host' as ValueRuleFamily;
  for (const line of table.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# ')) {
      family = line.slice(2) as ValueRuleFamily;
      continue;
    }
    const [id = '', starts = '', body = '', flags = '', lead] = line.split(' ');
    const keyed = starts.startsWith('@');
    const list =
      starts === '@'
        ? [id.split('-')[0] as string]
        : (keyed ? starts.slice(1) : starts).replaceAll('\\s', ' ').split(',');
    const source = expandShorthands(body);
    rules.push({
      id: `value.${id}`,
      family,
      prefixes: keyed || starts === '' ? [] : list,
      keywords: keyed ? list : [],
      body: body === '' ? undefined : new RegExp(keyed ? `(?:${source})$` : source, 'y'),
      lead: lead === undefined ? undefined : new RegExp(`(?:${expandShorthands(lead.slice(1))})$`),
      check: flags.includes('r') ? 'always' : flags.includes('p') ? 'placeholder' : 'random',
      startBoundary: flags.includes('b'),
      endBoundary: flags.includes('e'),
      spanFromBody: flags.includes('c'),
      mixed: flags.includes('m'),
    });
  }
  return rules;
}

/**
 * Value rules, one per credential format: provider formats found by their prefix
 * anywhere in a string, formats a credential-naming key selects, and assignments of a
 * random-looking value to a key naming a credential.
 */
export const VALUE_RULES: readonly ValueRule[] = /* @__PURE__ */ parseTable(TABLE);
