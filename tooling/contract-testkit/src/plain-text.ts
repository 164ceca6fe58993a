import fc from 'fast-check';

const WORDS = [
  'billing',
  'export',
  'late',
  'owner',
  'missing',
  'review',
  'queue',
  'v2',
  '42',
  'eu-west',
];

/**
 * Guard-clean single-line text made of plain operating words, valid wherever a contract
 * takes a label, an identifier or free text (given few enough words).
 *
 * @param maxWords The most words in one string (at least one).
 * @returns The arbitrary.
 */
export const plainText = (maxWords: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' '));
