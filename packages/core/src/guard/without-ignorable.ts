/**
 * Unicode's default-ignorable code points, as inclusive ranges: characters a reader does not
 * see and a copy keeps (soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
 * fillers, Khmer vowels, Mongolian separators, zero-width and bidi marks, invisible
 * operators, variation selectors, tags). A test checks the table against the
 * `\p{Default_Ignorable_Code_Point}` property of the JavaScript engine.
 */
export const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/** The high surrogate of a supplementary code point. */
function highSurrogateOf(codePoint: number): number {
  return 0xd7c0 + (codePoint >> 10);
}

function isIgnorable(codePoint: number): boolean {
  return IGNORABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * Per UTF-16 code unit: 1 for an ignorable BMP character, 2 for the high surrogate of a
 * pair that may be one, 0 otherwise. Built on first use (64 KiB), so a lookup is one read.
 */
let unitKinds: Uint8Array | undefined;

function kindsOfUnits(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (const [from, to] of IGNORABLE_RANGES) {
    if (to <= 0xffff) kinds.fill(1, from, to + 1);
    else kinds.fill(2, highSurrogateOf(from), highSurrogateOf(to) + 1);
  }
  return kinds;
}

/** A text without its default-ignorable characters, and where each of its code units came from. */
export interface VisibleText {
  /** The text without them. */
  readonly visible: string;
  /** `offsets[i]` is the offset in the given text of the visible text's `i`-th code unit. */
  readonly offsets: Int32Array;
}

/**
 * The source of a character class of every code unit of the table: a BMP character, or the
 * high surrogate of a pair that may be one (no `u` flag). The scanner's combined expression
 * holds it as one more alternative, so that a text without them costs no pass of its own.
 *
 * @returns The source, `[...]`.
 */
export function ignorableUnitClass(): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  const high = (codePoint: number) => (codePoint > 0xffff ? highSurrogateOf(codePoint) : codePoint);
  return `[${IGNORABLE_RANGES.map(([from, to]) => `${hex(high(from))}-${hex(high(to))}`).join('')}]`;
}

/** The expression of {@link ignorableUnitClass}, built on first use. */
let unitExpression: RegExp | undefined;

/**
 * Where a text holds the next code unit of {@link ignorableUnitClass}: for the stretches
 * the scanner's expression does not read (a credential, an assigned value, the rest of a
 * text after the last finding asked for).
 *
 * @param text Any text.
 * @param from Where the search starts.
 * @returns The offset of the first such code unit at or after `from`, or -1 for none.
 */
export function nextIgnorableUnit(text: string, from: number): number {
  unitExpression ??= new RegExp(ignorableUnitClass(), 'g');
  unitExpression.lastIndex = from;
  return unitExpression.test(text) ? unitExpression.lastIndex - 1 : -1;
}

/** Code units turned into a string at a time, below every engine's argument limit. */
const CHUNK = 8192;

/**
 * Removes the default-ignorable characters of a text, so that a credential split by one
 * (`ghp` + a soft hyphen + `_…`) reads whole. Linear: each code unit is read once or twice.
 *
 * @param text Any text.
 * @returns The visible text with its offsets, or `undefined` when the text holds none.
 */
export function withoutIgnorable(text: string): VisibleText | undefined {
  unitKinds ??= kindsOfUnits();
  const kinds = unitKinds;
  let first = 0;
  while (first < text.length && kinds[text.charCodeAt(first)] === 0) first++;
  if (first === text.length) return undefined;
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  let length = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    const kind = kinds[code];
    if (kind === 1) continue;
    if (kind === 2 && isIgnorable(text.codePointAt(offset) as number)) {
      offset++;
      continue;
    }
    offsets[length] = offset;
    units[length++] = code;
  }
  if (length === text.length) return undefined;
  let visible = '';
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = units.subarray(start, Math.min(length, start + CHUNK));
    visible += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return { visible, offsets: offsets.subarray(0, length) };
}
