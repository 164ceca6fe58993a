/** A rule that flags a string value carrying credential material. */
export interface ValueRule {
  /** Stable id reported in findings and errors. */
  readonly id: string;
  /** Who issues the credential, or which shape of leak it is. */
  readonly family: string;
  /** What the rule looks for. */
  readonly description: string;
  /** A linear-time pattern (bounded quantifiers, no nested repetition). */
  readonly pattern: RegExp;
}

/**
 * Value rules, one entry per credential format. Adding a format is adding an entry;
 * every pattern must stay linear in its input (the ReDoS test checks each one).
 */
export const VALUE_RULES: readonly ValueRule[] = [
  {
    id: 'value.github-token',
    family: 'source-host',
    description: 'GitHub personal, OAuth, app and refresh tokens (ghp_, gho_, ghu_, ghs_, ghr_)',
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/,
  },
  {
    id: 'value.github-fine-grained-token',
    family: 'source-host',
    description: 'GitHub fine-grained personal access tokens (github_pat_)',
    pattern: /\bgithub_pat_[A-Za-z0-9_]{80,90}\b/,
  },
  {
    id: 'value.stripe-secret-key',
    family: 'payment',
    description: 'Stripe secret and restricted keys (sk_live_, sk_test_, rk_live_, rk_test_)',
    pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,247}\b/,
  },
  {
    id: 'value.slack-token',
    family: 'chat',
    description:
      'Slack bot, user, app and refresh tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp-)',
    pattern: /\b(?:xox[abposr]|xapp)-[0-9A-Za-z]{1,40}-[0-9A-Za-z-]{8,250}/,
  },
  {
    id: 'value.private-key-block',
    family: 'private-key',
    description: 'PEM and OpenSSH private-key blocks',
    pattern: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/,
  },
];

/**
 * Finds the first value rule a string breaks.
 *
 * @param value A string from the document.
 * @returns The rule, or `undefined` when the string carries no credential.
 */
export function matchValueRule(value: string): ValueRule | undefined {
  for (const rule of VALUE_RULES) {
    if (rule.pattern.test(value)) return rule;
  }
  return undefined;
}
