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
 * Key rules. A key is normalised by lowercasing it and dropping every separator, so
 * `apiKey`, `API-KEY` and `x_api_key` all read `apikey`/`xapikey`. None of the
 * contract's own keys (`private_validation_required`, `private_modules_required`,
 * `license_service_status`, ...) contain a fragment.
 */
export const KEY_RULES: readonly KeyRule[] = [
  { id: 'key.secret', description: 'secrets and client secrets', fragments: ['secret'] },
  { id: 'key.token', description: 'tokens of any kind', fragments: ['token'] },
  {
    id: 'key.password',
    description: 'passwords and passphrases',
    fragments: ['password', 'passwd', 'passphrase', 'pwd'],
  },
  { id: 'key.api-key', description: 'API keys', fragments: ['apikey'] },
  { id: 'key.access-key', description: 'cloud access keys', fragments: ['accesskey'] },
  { id: 'key.private-key', description: 'private keys', fragments: ['privatekey', 'privkey'] },
  { id: 'key.signing-key', description: 'signing keys', fragments: ['signingkey'] },
  {
    id: 'key.encryption-key',
    description: 'encryption and master keys',
    fragments: ['encryptionkey', 'masterkey'],
  },
  {
    id: 'key.authorization',
    description: 'authorization headers and values',
    fragments: ['authorization'],
  },
  { id: 'key.credential', description: 'credentials', fragments: ['credential'] },
  { id: 'key.webhook', description: 'webhook URLs and secrets', fragments: ['webhook'] },
  { id: 'key.license-key', description: 'license keys', fragments: ['licensekey'] },
  {
    id: 'key.connection-string',
    description: 'connection strings, which carry passwords',
    fragments: ['connectionstring'],
  },
];

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
 * Finds the first key rule a key breaks.
 *
 * @param key An object key.
 * @returns The rule, or `undefined` when the key is harmless.
 */
export function matchKeyRule(key: string): KeyRule | undefined {
  const normalised = normaliseKey(key);
  for (const rule of KEY_RULES) {
    for (const fragment of rule.fragments) {
      if (normalised.includes(fragment)) return rule;
    }
  }
  return undefined;
}
