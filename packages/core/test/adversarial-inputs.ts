// The guard's adversarial inputs, in one place: its tests check the answer for each
// (src/guard/adversarial.test.ts), its benchmark times each (src/guard/guard.bench.ts).
import { ALNUM, randomText } from './random-text.js';

/** One mebibyte, the length of every input. */
export const MIB = 1024 * 1024;

const repeat = (unit: string, length = MIB) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Strings of at least 1 MiB built to make a careless pattern backtrack or the scanner stop
 * often: repeated prefixes, unclosed headers, runs that restart a match at every position,
 * operators after credential-named keys. Each with the rule of its first finding
 * (`undefined`: none).
 */
export const ADVERSARIAL_INPUTS: Readonly<
  Record<string, { readonly text: string; readonly rule: string | undefined }>
> = {
  // The reference's own pattern: `gh[pousr]_` and 20 or more of `[A-Za-z0-9_]`, whatever they are.
  'repeated ghp_': { text: repeat(`${'gh'}p_`), rule: 'value.github-token' },
  'repeated github_pat_': { text: repeat(`${'github'}_pat_`), rule: undefined },
  'alternating a-': { text: repeat('a-'), rule: undefined },
  'alternating k_': { text: repeat('k_'), rule: undefined },
  // Has the Entra ID secret's shape (3 characters, a digit, Q~, 31 more) but not its
  // randomness: the point is that the scan ends, and soon.
  'repeated a1Q~': { text: repeat('a1Q~'), rule: undefined },
  'alternating -=': { text: repeat('-='), rule: undefined },
  'unclosed PEM headers': { text: repeat(`${'-'.repeat(5)}BEGIN `), rule: undefined },
  'PEM header then spaces': { text: `${'-'.repeat(5)}BEGIN ${' '.repeat(MIB)}`, rule: undefined },
  'long eyJ run': { text: repeat('eyJ'), rule: undefined },
  'eyJ run split by dashes': { text: repeat('-eyJ'), rule: undefined },
  'eyJ with dots': { text: repeat('eyJa.'), rule: undefined },
  'repeated .eyJ': { text: repeat('.eyJ'), rule: undefined },
  'a: run after a scheme': { text: `https://${repeat('a:')}`, rule: undefined },
  'a@ run after a scheme': { text: `https://${repeat('a@')}`, rule: undefined },
  'repeated schemes': { text: repeat('a://'), rule: undefined },
  'repeated sk-': { text: repeat(`${'s'}k-`), rule: undefined },
  'repeated sk-ant-': { text: repeat(`${'s'}k-ant-`), rule: undefined },
  '= run': { text: repeat('='), rule: undefined },
  'repeated token=': { text: repeat('token='), rule: undefined },
  'repeated ?token=': { text: repeat('?token='), rule: undefined },
  'repeated password:"': { text: repeat('password:"'), rule: undefined },
  'repeated <password>': { text: repeat('<password>'), rule: undefined },
  'repeated curl -u': { text: repeat(' -u a:'), rule: undefined },
  'repeated Kubernetes keys': { text: `kind: Secret\n${repeat('a: ')}`, rule: undefined },
  'repeated Bearer': { text: repeat('Bearer '), rule: undefined },
  'underscore run': { text: repeat('_'), rule: undefined },
  'dash run': { text: repeat('-'), rule: undefined },
  'digits before :AA': { text: repeat('1234567:AA'), rule: undefined },
  'uppercase run': { text: repeat('A'), rule: undefined },
  'plain letters': { text: repeat('a'), rule: undefined },
  // Found by a sweep over every rule's prefixes and the assignment forms (each repeated
  // alone, cut short, with a made-up body, glued to itself, after `key=`): the expression
  // stopped at every one of these.
  'repeated AIza': { text: repeat(`${'AI'}za`), rule: undefined },
  'repeated AKIA': { text: repeat(`${'AK'}IA`), rule: undefined },
  'repeated _mmk': { text: repeat(`_${'mm'}k`), rule: undefined },
  // Prefixes whose body is one character class holding the prefix itself: each body is
  // rejected (not random), and every later prefix lies inside it.
  'repeated AKCp': { text: repeat(`${'AK'}Cp`), rule: undefined },
  'repeated NRAK-': { text: repeat(`${'NR'}AK-`), rule: undefined },
  'letter and NRAK- repeated': { text: repeat(`a${'NR'}AK-`), rule: undefined },
  'repeated xapp-': { text: repeat(`${'xa'}pp-`), rule: undefined },
  'key= and a flat New Relic key': {
    text: repeat(`key=${'NR'}AK-${'a'.repeat(19)} `),
    rule: undefined,
  },
  'key= and a provider prefix cut short': {
    text: repeat(`key=${'s'}k-ant-api03-${randomText(ALNUM, 12)} `),
    rule: undefined,
  },
  'key= and a short value': { text: repeat(`key=${randomText(ALNUM, 7)} `), rule: undefined },
  'key= and a Slack prefix cut short': {
    text: repeat(`key=${'xa'}pp-${randomText(ALNUM, 15)} `),
    rule: undefined,
  },
  'keyword key= and a value one short': {
    text: repeat(`nexmo_key=${randomText(ALNUM, 15)} `),
    rule: undefined,
  },
  // Invisible characters: the guard reads a text holding them a second time, without them.
  'letters and soft hyphens': { text: repeat('a\u00ad'), rule: undefined },
  'tag characters': { text: repeat('x\u{e0041}'), rule: undefined },
  'credential split by invisible characters': {
    text: `${repeat('a\u200f', MIB - 40)} ${'gh'}p\u00ad_${randomText(ALNUM, 36)}`,
    rule: 'value.github-token',
  },
  'credential at the end of noise': {
    text: `${repeat('sk-x ', MIB - 40)} ${'np'}m_${randomText(ALNUM, 36)}`,
    rule: 'value.npm-token',
  },
};
