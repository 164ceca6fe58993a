/** The kind of credential a value rule looks for. */
export type ValueRuleFamily =
  | 'source-host'
  | 'payment'
  | 'chat'
  | 'cloud'
  | 'package-registry'
  | 'ai-api'
  | 'saas'
  | 'private-key'
  | 'token'
  | 'url'
  | 'assignment';

/** A rule that flags a string value carrying credential material. */
export interface ValueRule {
  /** Stable id reported in findings and errors. */
  readonly id: string;
  /** The kind of credential (who issues it, or which shape of leak it is). */
  readonly family: ValueRuleFamily;
  /** What the rule looks for. */
  readonly description: string;
  /**
   * Cheap cues (regular-expression sources) of which every match of `pattern` contains at
   * least one. Each cue starts with one literal character, preferably a rare one, and only
   * looks around it; the scanner runs `pattern` only on strings where a cue occurs. A cue
   * on a punctuation character never needs that same character right before it, so the
   * scanner skips runs of it (`____`, `----`) in one step.
   */
  readonly cues: readonly string[];
  /**
   * The pattern. It runs in time linear in its input: literal prefixes, bounded
   * quantifiers, and no run that can restart inside itself (the ReDoS test checks each one).
   * No `g` or `y` flag: it is used with `test`.
   */
  readonly pattern: RegExp;
}

/**
 * Value rules, one entry per credential format. Adding a format is adding an entry with a
 * cue, a pattern and (in the tests) a sample. The formats come from the providers' own
 * documentation and the public rule sets of secret scanners; the patterns accept the
 * documented prefix and at least the shortest documented body, so longer or newer tokens
 * of the same format are caught too.
 */
export const VALUE_RULES: readonly ValueRule[] = [
  // Source hosts
  {
    id: 'value.github-token',
    family: 'source-host',
    description:
      'GitHub classic personal, OAuth, user-to-server, server-to-server and refresh tokens (ghp_, gho_, ghu_, ghs_, ghr_)',
    cues: ['_(?<=\\bgh[pousr]_)'],
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36}/,
  },
  {
    id: 'value.github-fine-grained-token',
    family: 'source-host',
    description: 'GitHub fine-grained personal access tokens (github_pat_)',
    cues: ['_(?<=\\bgithub_)(?=pat_)'],
    pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}/,
  },
  {
    id: 'value.gitlab-token',
    family: 'source-host',
    description:
      'GitLab personal, deploy, runner, trigger, feed, mail, OAuth, SCIM, CI job, feature-flag and agent tokens (glpat-, gldt-, glrt-, ...), and runner registration tokens',
    cues: ['-(?<=\\bgl(?:pat|dt|rt|ptt|ft|imt|oas|soat|cbt|ffct|agent)-)', 'G(?=R1348941)'],
    pattern:
      /\b(?:gl(?:pat|dt|rt|ptt|ft|imt|oas|soat|cbt|ffct|agent)-[A-Za-z0-9_-]{20}|GR1348941[A-Za-z0-9_-]{20})/,
  },

  // Payment
  {
    id: 'value.stripe-secret-key',
    family: 'payment',
    description: 'Stripe secret and restricted keys (sk_live_, sk_test_, rk_live_, rk_test_, ...)',
    cues: ['_(?<=\\b[rs]k_)(?=live_|test_|prod_)'],
    pattern: /\b[rs]k_(?:live|test|prod)_[A-Za-z0-9]{16}/,
  },
  {
    id: 'value.stripe-webhook-secret',
    family: 'payment',
    description: 'Stripe webhook signing secrets (whsec_)',
    cues: ['_(?<=\\bwhsec_)'],
    pattern: /\bwhsec_[A-Za-z0-9+/=]{24}/,
  },
  {
    id: 'value.square-token',
    family: 'payment',
    description: 'Square access tokens and OAuth secrets (sq0atp-, sq0csp-)',
    cues: ['-(?<=\\bsq0(?:atp|csp)-)'],
    pattern: /\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22}/,
  },

  // Chat
  {
    id: 'value.slack-token',
    family: 'chat',
    description:
      'Slack bot, user, app, workspace, refresh and configuration tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxe-, xapp-, ...)',
    cues: ['-(?<=\\bxox[abposre]-|\\bxapp-)'],
    pattern: /\bx(?:ox[abposre]|app)-[0-9A-Za-z]{1,40}-[0-9A-Za-z-]{8}/,
  },
  {
    id: 'value.slack-webhook-url',
    family: 'chat',
    description: 'Slack incoming-webhook and workflow URLs (hooks.slack.com/services/...)',
    cues: ['\\.(?<=\\bhooks\\.)(?=slack\\.com/)'],
    pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20}/,
  },
  {
    id: 'value.discord-webhook-url',
    family: 'chat',
    description: 'Discord webhook URLs (discord.com/api/webhooks/<id>/<token>)',
    cues: ['\\.(?<=\\bdiscord\\.|\\bdiscordapp\\.)(?=com/api/)'],
    pattern: /\bdiscord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/\d{5,30}\/[A-Za-z0-9_-]{20}/,
  },
  {
    id: 'value.teams-webhook-url',
    family: 'chat',
    description: 'Microsoft Teams incoming-webhook URLs (*.webhook.office.com/webhookb2/...)',
    cues: ['\\.(?<=\\bwebhook\\.)(?=office\\.com/)'],
    pattern: /\bwebhook\.office\.com\/webhookb2\/[A-Za-z0-9@/-]{20}/,
  },
  {
    id: 'value.telegram-bot-token',
    family: 'chat',
    description: 'Telegram bot tokens (<bot id>:AA...)',
    cues: [':(?=AA)'],
    pattern: /:AA(?<=\b\d{6,12}:AA)[A-Za-z0-9_-]{33}/,
  },

  // Cloud
  {
    id: 'value.aws-access-key-id',
    family: 'cloud',
    description: 'AWS access key ids (AKIA, ASIA, ABIA, ACCA, A3T...)',
    cues: ['A(?=KIA|SIA|BIA|CCA|3T)'],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}/,
  },
  {
    id: 'value.google-api-key',
    family: 'cloud',
    description: 'Google Cloud and Firebase API keys (AIza...)',
    cues: ['A(?=Iza)'],
    pattern: /\bAIza[A-Za-z0-9_-]{35}/,
  },
  {
    id: 'value.google-oauth-token',
    family: 'cloud',
    description: 'Google OAuth client secrets (GOCSPX-) and access tokens (ya29.)',
    cues: ['-(?<=\\bGOCSPX-)', '\\.(?<=\\bya29\\.)'],
    pattern: /\b(?:GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[A-Za-z0-9_-]{30})/,
  },
  {
    id: 'value.azure-storage-key',
    family: 'cloud',
    description:
      'Azure storage, Service Bus and Event Hubs keys in connection strings (AccountKey=, SharedAccessKey=)',
    cues: ['=(?<=\\bAccountKey=|\\bSharedAccessKey=)'],
    pattern: /\b(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20}/,
  },
  {
    id: 'value.azure-client-secret',
    family: 'cloud',
    description: 'Microsoft Entra ID (Azure AD) client secrets (...Q~...)',
    cues: ['~(?<=\\dQ~)'],
    pattern: /Q~(?<=[A-Za-z0-9_~.]{3}\dQ~)[A-Za-z0-9_~.-]{31}/,
  },
  {
    id: 'value.digitalocean-token',
    family: 'cloud',
    description:
      'DigitalOcean personal access, OAuth and refresh tokens (dop_v1_, doo_v1_, dor_v1_)',
    cues: ['_(?<=\\bdo[opr]_)(?=v1_)'],
    pattern: /\bdo[opr]_v1_[a-f0-9]{64}/,
  },
  {
    id: 'value.vault-token',
    family: 'cloud',
    description: 'HashiCorp Vault service and batch tokens (hvs., hvb.)',
    cues: ['\\.(?<=\\bhv[sb]\\.)'],
    pattern: /\bhv[sb]\.[A-Za-z0-9_-]{24}/,
  },
  {
    id: 'value.heroku-api-key',
    family: 'cloud',
    description: 'Heroku platform API keys (HRKU-AA...)',
    cues: ['-(?<=\\bHRKU-)'],
    pattern: /\bHRKU-AA[A-Za-z0-9_-]{58}/,
  },

  // Package registries
  {
    id: 'value.npm-token',
    family: 'package-registry',
    description: 'npm access tokens (npm_)',
    cues: ['_(?<=\\bnpm_)'],
    pattern: /\bnpm_[A-Za-z0-9]{36}/,
  },
  {
    id: 'value.pypi-token',
    family: 'package-registry',
    description: 'PyPI upload tokens (pypi-AgEIcHlwaS5vcmc...)',
    cues: ['-(?<=\\bpypi-)(?=AgEIcHlwaS5vcmc)'],
    pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50}/,
  },
  {
    id: 'value.docker-hub-token',
    family: 'package-registry',
    description: 'Docker Hub personal access tokens (dckr_pat_)',
    cues: ['_(?<=\\bdckr_)(?=pat_)'],
    pattern: /\bdckr_pat_[A-Za-z0-9_-]{27}/,
  },
  {
    id: 'value.rubygems-key',
    family: 'package-registry',
    description: 'RubyGems API keys (rubygems_)',
    cues: ['_(?<=\\brubygems_)'],
    pattern: /\brubygems_[a-f0-9]{48}/,
  },

  // AI APIs
  {
    id: 'value.openai-key',
    family: 'ai-api',
    description: 'OpenAI API keys (sk-proj-, sk-svcacct-, sk-admin- and legacy sk-)',
    cues: ['-(?<=\\bsk-)'],
    pattern: /\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40}|[A-Za-z0-9]{32})/,
  },
  {
    id: 'value.anthropic-key',
    family: 'ai-api',
    description: 'Anthropic API and admin keys (sk-ant-api03-, sk-ant-admin01-, ...)',
    cues: ['-(?<=\\bsk-)(?=ant-)'],
    pattern: /\bsk-ant-[a-z]{2,12}\d{2}-[A-Za-z0-9_-]{40}/,
  },
  {
    id: 'value.huggingface-token',
    family: 'ai-api',
    description: 'Hugging Face user and organization tokens (hf_, api_org_)',
    cues: ['_(?<=\\bhf_)', '_(?<=\\bapi_)(?=org_)'],
    pattern: /\b(?:hf|api_org)_[A-Za-z0-9]{34}/,
  },
  {
    id: 'value.groq-key',
    family: 'ai-api',
    description: 'Groq API keys (gsk_)',
    cues: ['_(?<=\\bgsk_)'],
    pattern: /\bgsk_[A-Za-z0-9]{48}/,
  },
  {
    id: 'value.replicate-token',
    family: 'ai-api',
    description: 'Replicate API tokens (r8_)',
    cues: ['_(?<=\\br8_)'],
    pattern: /\br8_[A-Za-z0-9]{37}/,
  },
  {
    id: 'value.perplexity-key',
    family: 'ai-api',
    description: 'Perplexity API keys (pplx-)',
    cues: ['-(?<=\\bpplx-)'],
    pattern: /\bpplx-[A-Za-z0-9]{48}/,
  },

  // SaaS
  {
    id: 'value.sendgrid-key',
    family: 'saas',
    description: 'SendGrid API keys (SG.<id>.<secret>)',
    cues: ['\\.(?<=\\bSG\\.)'],
    pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/,
  },
  {
    id: 'value.twilio-api-key',
    family: 'saas',
    description: 'Twilio API key SIDs (SK + 32 hex characters)',
    cues: ['S(?=K[0-9a-fA-F]{32})'],
    pattern: /\bSK[0-9a-fA-F]{32}/,
  },
  {
    id: 'value.shopify-token',
    family: 'saas',
    description: 'Shopify access tokens and shared secrets (shpat_, shpca_, shppa_, shpss_)',
    cues: ['_(?<=\\bshp(?:at|ca|pa|ss)_)'],
    pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}/,
  },
  {
    id: 'value.sentry-token',
    family: 'saas',
    description: 'Sentry user and organization auth tokens (sntryu_, sntrys_)',
    cues: ['_(?<=\\bsntry[us]_)'],
    pattern: /\bsntry[us]_[A-Za-z0-9+/=]{40}/,
  },
  {
    id: 'value.linear-key',
    family: 'saas',
    description: 'Linear API keys and OAuth tokens (lin_api_, lin_oauth_)',
    cues: ['_(?<=\\blin_)(?=api_|oauth_)'],
    pattern: /\blin_(?:api|oauth)_[A-Za-z0-9]{40}/,
  },
  {
    id: 'value.postman-key',
    family: 'saas',
    description: 'Postman API keys (PMAK-)',
    cues: ['-(?<=\\bPMAK-)'],
    pattern: /\bPMAK-[A-Fa-f0-9]{24}-[A-Fa-f0-9]{34}/,
  },
  {
    id: 'value.new-relic-key',
    family: 'saas',
    description: 'New Relic user, ingest and browser keys (NRAK-, NRII-, NRJS-)',
    cues: ['-(?<=\\bNR(?:AK|II|JS)-)'],
    pattern: /\bNR(?:AK|II|JS)-[A-Za-z0-9-]{19}/,
  },
  {
    id: 'value.atlassian-token',
    family: 'saas',
    description: 'Atlassian (Jira, Confluence, Bitbucket) API tokens (ATATT3...)',
    cues: ['A(?=TATT3)'],
    pattern: /\bATATT3[A-Za-z0-9_=-]{100}/,
  },

  // Private keys
  {
    id: 'value.private-key-block',
    family: 'private-key',
    description:
      'PEM, OpenSSH, PGP and SSH2 private-key blocks (-----BEGIN RSA/EC/DSA/OPENSSH/ENCRYPTED/PGP PRIVATE KEY...)',
    cues: ['B(?<=-{4}(?:-| )B)(?=EGIN )'],
    pattern: /-{4}(?:-| )BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY/,
  },
  {
    id: 'value.putty-private-key',
    family: 'private-key',
    description: 'PuTTY private-key files (PuTTY-User-Key-File-<n>:)',
    cues: ['-(?<=\\bPuTTY-)(?=User-Key-File-)'],
    pattern: /\bPuTTY-User-Key-File-\d/,
  },
  {
    id: 'value.age-secret-key',
    family: 'private-key',
    description: 'age encryption secret keys (AGE-SECRET-KEY-1...)',
    cues: ['-(?<=\\bAGE-)(?=SECRET-KEY-1)'],
    pattern: /\bAGE-SECRET-KEY-1[0-9A-Z]{58}/,
  },

  // Token formats
  {
    id: 'value.jwt',
    family: 'token',
    description: 'JSON Web Tokens (eyJ<header>.eyJ<payload>...)',
    cues: ['J(?<=\\beyJ)'],
    pattern: /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8}/,
  },

  // URLs
  {
    id: 'value.url-userinfo',
    family: 'url',
    description: 'URLs with a password in their userinfo (scheme://user:password@host)',
    cues: [':(?=//)'],
    pattern: /(?<!:):\/\/[^\s/?#@:]{0,256}:[^\s/?#@$<{*][^\s/?#@]{0,255}@/,
  },
  {
    id: 'value.url-credential-parameter',
    family: 'url',
    description:
      'URLs with a token, key, password or signature query parameter (?token=, access_token=, api_key=, sig=, X-Amz-Signature=, ...)',
    cues: [
      '\\?(?=[A-Za-z_-]{3,20}=)',
      '&(?=[A-Za-z_-]{3,20}=)',
      ';(?=[A-Za-z_-]{3,20}=)',
      '#(?=[A-Za-z_-]{3,20}=)',
    ],
    pattern:
      /[?&;#](?:access_token|refresh_token|id_token|auth_token|token|api_key|apikey|api-key|client_secret|secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|code_verifier)=[^\s&#"'<>{}$*][^\s&#"']{3}/i,
  },

  // Assignments in free text
  {
    id: 'value.credential-assignment',
    family: 'assignment',
    description:
      'key=value credential assignments (password=..., api_key=..., "secret": "...", token: "...")',
    cues: ['=(?<=[A-Za-z]["\']?[ \\t]{0,4}=)', ':(?<=["\'][ \\t]{0,4}:)', ':(?=[ \\t]{0,4}["\'])'],
    pattern:
      /(?:pass(?:word|wd|phrase)|secret(?:[_-]?(?:access[_-]?)?key)?|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)(?:["']?[ \t]{0,4}=(?!=)[ \t]{0,4}["']?|["'][ \t]{0,4}:[ \t]{0,4}["']?|[ \t]{0,4}:[ \t]{0,4}["'])(?!(?:true|false|null|none|nil|undefined)\b)[^\s"'`,;&<>{}()[\]$*%|\\]{4}/i,
  },
  {
    id: 'value.authorization-header',
    family: 'assignment',
    description: 'HTTP Bearer and Basic credentials (Authorization: Bearer <token>)',
    cues: ['B(?=earer[ \\t]|EARER[ \\t]|asic[ \\t]|ASIC[ \\t])', 'b(?=earer[ \\t]|asic[ \\t])'],
    pattern:
      /\b(?:[Bb]earer|BEARER)[ \t]+(?=[\w.~+/=-]{0,256}\d)[\w.~+/-]{16}|\b(?:[Bb]asic|BASIC)[ \t]+(?=[A-Za-z0-9+/]{0,256}\d)[A-Za-z0-9+/]{16}/,
  },
];
