/**
 * Placeholders and examples: template variables (`${VAR}`, `{{ var }}`, `<your-token>`,
 * `%(name)s`), masks (`****`, `xxxx`, `...`, a value cut short with `..`), words that
 * examples use (`changeme`, `TOKEN_HERE`), and stock passwords of a `user:password` pair
 * (`test:test`, `user:pass`, also before a URL's `@`). A plain word (`disabled`) never gets
 * this far: assigned values must mix letters with digits or symbols, and no token body is a
 * word this short.
 */
const PLACEHOLDER =
  /^[$%@#[<]|\$\{|\{\{|>$|\*{3}|\.{3}|\.\.$|…|x{4}|example|placeholder|dummy|sample|redacted|changeme|change_me|your|fake|insert|replace|secret|passw|token|qwerty|here$|:(?:pass|test|admin|guest)@?$/i;

/** Counts of the ASCII characters of the text being measured; all zero between calls. */
const asciiCounts = /* @__PURE__ */ new Int32Array(128);
/** The ASCII characters of the text being measured, in the order of first appearance. */
const asciiSeen = /* @__PURE__ */ new Int32Array(128);

/**
 * Shannon entropy of a text in bits per character: how evenly it uses its characters.
 * Random tokens score near the logarithm of their alphabet size (hex 4, base64 6); words
 * and repeated characters score low. An ASCII text (every credential format) is counted
 * in a reused array; any other is counted by code point.
 *
 * @param text Any text.
 * @returns Bits per character; 0 for an empty text.
 */
export function shannonEntropy(text: string): number {
  const counts = asciiCounts;
  const { length } = text;
  let distinct = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) {
      counts.fill(0);
      return entropyOfCodePoints(text);
    }
    if (counts[code] === 0) asciiSeen[distinct++] = code;
    counts[code] = (counts[code] as number) + 1;
  }
  // Summed in the order of first appearance (as the code-point count does), each
  // character's count cleared as it is read, so the array is all zero again.
  let entropy = 0;
  for (let index = 0; index < distinct; index++) {
    const code = asciiSeen[index] as number;
    const share = (counts[code] as number) / length;
    counts[code] = 0;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}

/** {@link shannonEntropy} of any text, counting code points (a surrogate pair is one). */
function entropyOfCodePoints(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}

/**
 * Tells a placeholder or example from a real value.
 *
 * @param text A candidate credential (a token body or an assigned value).
 * @returns Whether it is a template variable, a mask, an example word or a counting run.
 */
export function isPlaceholder(text: string): boolean {
  if (PLACEHOLDER.test(text)) return true;
  // Six characters counting up by one in either case (`123456`, `klmnop`, `aBcDeF`), or a
  // value of 8 or more whose steps count up at least half the time (`AbCeFG123`,
  // `abcd1234`), are typed by hand, not generated (`| 32` lowercases a letter and keeps a
  // digit).
  let ups = 0;
  for (let index = 1, run = 1; index < text.length; index++) {
    run = (text.charCodeAt(index) | 32) - (text.charCodeAt(index - 1) | 32) === 1 ? run + 1 : 1;
    if (run > 5) return true;
    if (run > 1) ups++;
  }
  return text.length >= 8 && ups * 2 >= text.length - 1;
}

/**
 * Whether a text has an entropy near what random characters of its length would have: at
 * least 3 bits per character, less for texts shorter than 16 characters.
 *
 * @param text A candidate credential.
 * @returns The verdict.
 */
export function randomEnough(text: string): boolean {
  return shannonEntropy(text) >= Math.min(3, Math.log2(text.length) - 1);
}

/**
 * Whether a candidate looks like generated key material: not a placeholder, and
 * {@link randomEnough}.
 *
 * @param text A candidate credential.
 * @returns The verdict.
 */
export function looksRandom(text: string): boolean {
  return !isPlaceholder(text) && randomEnough(text);
}

/**
 * A letter, and a digit or a symbol other than a separator (`_ . - : /` or a space): not a
 * word of any script, an identifier, a path (`kadmin/server`) or a list of field names
 * (`GID:user_list`).
 */
const MIXED = /^(?=.*\p{L})(?=.*[^\p{L}_.\s:/-])/su;

/**
 * An absolute file path (`/home/ops/app`, `~/.ssh/config`): a word (or a dotted name),
 * then a `/`. It names where a secret lives, not the secret (`PWD=/home/ops`,
 * `secret_store: /run/secrets/db`); base64 data rarely starts with `/`, a word and a `/`
 * (1 in 14,000 of 40 random base64 characters).
 */
const FILE_PATH = /^~?\/\.?[A-Za-z][a-z]+\/[\w./@-]*$/;

/**
 * Whether a value assigned to a credential-naming key is a secret rather than a word,
 * a reference (a URL or a file path) or a placeholder: at least 8 characters mixing
 * letters with digits or symbols, and random-looking (at least 3 bits per character).
 *
 * @param value The assigned value, without quotes.
 * @returns The verdict.
 */
export function looksLikeSecretValue(value: string): boolean {
  return (
    value.length >= 8 &&
    MIXED.test(value) &&
    !isPlaceholder(value) &&
    !value.includes('://') &&
    !FILE_PATH.test(value) &&
    shannonEntropy(value) >= 3
  );
}
