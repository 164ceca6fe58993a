import fc from 'fast-check';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${DIGITS}${UPPER}${LOWER}`;
const URL_SAFE = `${ALNUM}_-`;

/** Bits per character of a string's own character frequencies (Shannon entropy). */
function bitsPerCharacter(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values())
    bits -= (count / text.length) * Math.log2(count / text.length);
  return bits;
}

/**
 * A random-looking string of exactly `length` characters drawn from `alphabet`. Generated key
 * material is random, so bodies like `AAAA…` (which fast-check favours, and the guard rightly
 * treats as placeholders) are left out: at least 3 bits per character, less for short bodies.
 */
const charsOf = (alphabet: string, length: number) =>
  fc
    .string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length })
    .filter(
      (body) =>
        bitsPerCharacter(body) >=
        Math.min(3, Math.log2(length) - 1, Math.log2(alphabet.length) - 0.5),
    );

/** Concatenates literal pieces and generated pieces, in order. */
const joined = (...parts: (string | fc.Arbitrary<string>)[]) =>
  fc
    .tuple(...parts.map((part) => (typeof part === 'string' ? fc.constant(part) : part)))
    .map((pieces) => pieces.join(''));

/**
 * Credential-shaped strings of the guard's main families, one generator per family. Every
 * prefix is assembled from two pieces at run time so that no secret-looking literal is
 * committed. Each shape matches the core guard's value rule of the same family (a test
 * checks this), so a document carrying one must never parse.
 */
const FAMILIES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'source-host classic token': joined(
    'g',
    fc.constantFrom('hp', 'ho', 'hu', 'hs', 'hr'),
    '_',
    charsOf(ALNUM, 36),
  ),
  'source-host fine-grained token': joined(
    'git',
    'hub_pat_',
    charsOf(ALNUM, 22),
    '_',
    charsOf(ALNUM, 59),
  ),
  'source-host group token': joined('gl', 'pat-', charsOf(URL_SAFE, 20)),
  'payment secret key': joined(
    fc.constantFrom('s', 'r'),
    'k_',
    fc.constantFrom('live', 'test'),
    '_',
    charsOf(ALNUM, 24),
  ),
  'chat bot token': joined(
    'xo',
    fc.constantFrom('xb', 'xp'),
    '-',
    charsOf(DIGITS, 10),
    '-',
    charsOf(ALNUM, 16),
  ),
  // Base32: uppercase letters and the digits 2 to 7.
  'cloud access key id': joined('AK', 'IA', charsOf(`${UPPER}234567`, 16)),
  'cloud API key': joined('AI', 'za', charsOf(URL_SAFE, 35)),
  'package-registry token': joined('np', 'm_', charsOf(ALNUM, 36)),
  'AI API key': joined('s', 'k-', 'proj-', charsOf(URL_SAFE, 40)),
  'private-key block': joined(
    '-----',
    'BEGIN ',
    fc.constantFrom('RSA ', 'EC ', 'OPENSSH ', ''),
    'PRIVATE',
    ' KEY-----',
  ),
  'web token': joined('ey', 'J', charsOf(URL_SAFE, 20), '.', 'ey', 'J', charsOf(URL_SAFE, 20)),
  'URL with credentials': joined(
    'https',
    '://',
    charsOf(LOWER, 6),
    ':',
    charsOf(ALNUM, 12),
    '@db.internal.example/app',
  ),
};

/** The names of the credential families {@link tokenShaped} draws from. */
export const TOKEN_SHAPED_FAMILIES: readonly string[] = Object.keys(FAMILIES);

/**
 * An arbitrary credential-shaped string of one family (see {@link TOKEN_SHAPED_FAMILIES}).
 *
 * @param family Only this family; default any of them.
 * @returns The arbitrary.
 */
export function tokenShaped(family?: string): fc.Arbitrary<string> {
  if (family !== undefined) {
    const only = FAMILIES[family];
    if (only === undefined) throw new Error(`no token family named ${family}`);
    return only;
  }
  return fc.oneof(...Object.values(FAMILIES));
}
