/** A rule that flags an object key naming secret material. */
export interface KeyRule {
  /** Stable id reported in findings and errors. */
  readonly id: string;
  /** What the rule looks for. */
  readonly description: string;
  /** Fragments searched for in the normalised key (lowercase letters and digits only). */
  readonly fragments: readonly string[];
}

/**
 * What each key rule looks for: its id (after `key.`) and the fragments searched for in
 * the normalised key (lowercase letters and digits only), one rule per line. A key is
 * normalised by lowercasing it and dropping every separator, so `apiKey`, `API-KEY` and
 * `x_api_key` all read `apikey`/`xapikey`. None of the contract's own keys
 * (`private_validation_required`, `private_modules_required`,
 * `license_service_status`, ...) contain a fragment.
 */
const FRAGMENTS = `secret secret
token token
password password,passwd,passphrase,pwd
api-key apikey
access-key accesskey
private-key privatekey,privkey
signing-key signingkey
encryption-key encryptionkey,masterkey
authorization authorization
credential credential
webhook webhook
license-key licensekey
connection-string connectionstring`;

/** The key rules' ids and fragments, in table order. */
export const KEY_FRAGMENTS: readonly (readonly [id: string, fragments: readonly string[]])[] =
  /* @__PURE__ */ FRAGMENTS.split('\n').map((line) => {
    const [id, fragments] = line.split(' ') as [string, string];
    return [`key.${id}`, fragments.split(',')];
  });

/** What each rule looks for, in the words of the CLI's rule catalogue and the docs. */
const DESCRIPTIONS: readonly string[] = [
  'secrets and client secrets',
  'tokens of any kind',
  'passwords and passphrases',
  'API keys',
  'cloud access keys',
  'private keys',
  'signing keys',
  'encryption and master keys',
  'authorization headers and values',
  'credentials',
  'webhook URLs and secrets',
  'license keys',
  'connection strings, which carry passwords',
];

/** Key rules: the fragments above, each rule with its description. */
export const KEY_RULES: readonly KeyRule[] = /* @__PURE__ */ KEY_FRAGMENTS.map(
  ([id, fragments], index) => ({ id, description: DESCRIPTIONS[index] as string, fragments }),
);

const SEPARATORS = /[^a-z0-9]/g;

/**
 * Normalises a key for matching: compatibility-normalised (so full-width letters read as
 * ASCII), lowercase, separators removed.
 *
 * @param key An object key.
 * @returns The normalised key.
 */
export function normaliseKey(key: string): string {
  return key.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}

/**
 * The id of the first key rule a key breaks. The guard's walk uses this, so that a
 * bundle holds the rules' fragments but not their descriptions.
 *
 * @param key An object key.
 * @returns The rule id, or `undefined` when the key is harmless.
 * @internal
 */
export function keyRuleIdOf(key: string): string | undefined {
  const normalised = normaliseKey(key);
  for (const [id, fragments] of KEY_FRAGMENTS) {
    if (fragments.some((fragment) => normalised.includes(fragment))) return id;
  }
  return undefined;
}

/**
 * Finds the first key rule a key breaks.
 *
 * @param key An object key.
 * @returns The rule, or `undefined` when the key is harmless.
 */
export function matchKeyRule(key: string): KeyRule | undefined {
  const id = keyRuleIdOf(key);
  return KEY_RULES.find((rule) => rule.id === id);
}
