/** A credential-shaped string, built at run time so that no secret-looking literal is committed. */
export interface SensitiveValue {
  /** What it imitates. */
  readonly name: string;
  /** The string. */
  readonly value: string;
}

/**
 * Credential-shaped strings of several providers. Built here, at run time, from pieces.
 *
 * @returns The samples.
 */
export function sensitiveValues(): SensitiveValue[] {
  return [
    { name: 'source-host token', value: `${'ghp'}_${'a1B2c3D4e5'.repeat(4)}` },
    { name: 'payment secret key', value: `${'sk'}_${'live'}_${'Z9y8X7w6V5u4T3s2'.repeat(2)}` },
    { name: 'chat bot token', value: `${'xoxb'}-${'1234567890'}-${'abcdefghijKLMNOP'}` },
    { name: 'private-key block', value: `-----BEGIN ${'RSA PRIVATE'} KEY-----` },
  ];
}

/** Object keys that name secrets, in several spellings. */
export const SENSITIVE_KEYS = ['apiKey', 'client_secret', 'password', 'authToken'] as const;
