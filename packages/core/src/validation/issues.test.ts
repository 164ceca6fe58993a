import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { requiredChecksSchema } from '../contract/fields.js';
import type { ContractIssue } from '../contract-error.js';
import { BlockersSchema, LabelSchema } from '../text.js';
import { ReadinessStatusSchema } from '../vocabulary/status-schemas.js';
import { valibotIssuesToContract } from './issues.js';

const SummarySchema = v.strictObject({
  tenant_id: v.string(),
  dashboard_status: ReadinessStatusSchema,
  dashboard_scope: v.optional(LabelSchema),
  blockers: BlockersSchema,
  nested: v.optional(v.strictObject({ count: v.number() })),
});

/** Parses and converts the issues; fails the test when the value is accepted. */
function issuesOf(schema: v.GenericSchema, input: unknown, root?: string): ContractIssue[] {
  const result = v.safeParse(schema, input);
  if (result.success) throw new Error('expected the input to be rejected');
  return valibotIssuesToContract(result.issues, root);
}

/** A value nobody would write in a message: long, mixed and unique to this test. */
const UNUSUAL = `Zq7${'Xy9_-'.repeat(40)}unusual-marker-4711`;

describe('converted issues carry JSON paths', () => {
  it('gives an array element a bracket path such as blockers[2]', () => {
    const issues = issuesOf(SummarySchema, {
      tenant_id: 't',
      dashboard_status: 'ready',
      blockers: ['a', 'b', 7],
    });
    expect(issues).toEqual([
      { path: 'blockers[2]', message: 'blockers[2] must be a string', rule: 'string' },
    ]);
  });

  it('prefixes every path with the given root', () => {
    const issues = issuesOf(
      SummarySchema,
      { tenant_id: 't', dashboard_status: 'ready', blockers: ['a', 'b', 7] },
      'payload.summary',
    );
    expect(issues.map((issue) => issue.path)).toEqual(['payload.summary.blockers[2]']);
  });

  it('uses the root itself as the path of a value rejected as a whole', () => {
    const issues = issuesOf(ReadinessStatusSchema, 'nope', 'payload.summary.dashboard_status');
    expect(issues[0]?.path).toBe('payload.summary.dashboard_status');
  });

  it('uses the empty path for the document when no root is given', () => {
    expect(issuesOf(SummarySchema, null)[0]?.path).toBe('');
  });

  it('quotes odd keys in paths', () => {
    const issues = issuesOf(
      SummarySchema,
      { tenant_id: 't', dashboard_status: 'ready', blockers: [], 'odd key': 1 },
      'payload',
    );
    expect(issues[0]?.path).toBe('payload["odd key"]');
  });

  it('reports nested fields with their full path', () => {
    const issues = issuesOf(
      SummarySchema,
      { tenant_id: 't', dashboard_status: 'ready', blockers: [], nested: { count: 'x' } },
      'payload.summary',
    );
    expect(issues).toEqual([
      {
        path: 'payload.summary.nested.count',
        message: 'count must be a number',
        rule: 'number',
      },
    ]);
  });

  it('keeps the issues in document order, one per problem', () => {
    const issues = issuesOf(SummarySchema, { dashboard_status: 'x', blockers: 'y', extra: 1 });
    expect(issues.map((issue) => issue.path)).toEqual([
      'tenant_id',
      'dashboard_status',
      'blockers',
      'extra',
    ]);
  });
});

describe('converted messages name the field and the expectation', () => {
  it('says a missing field is required', () => {
    const issues = issuesOf(SummarySchema, { dashboard_status: 'ready', blockers: [] });
    expect(issues).toEqual([
      { path: 'tenant_id', message: 'tenant_id is required', rule: 'required' },
    ]);
  });

  it('says an unknown key is not a known field', () => {
    const issues = issuesOf(SummarySchema, {
      tenant_id: 't',
      dashboard_status: 'ready',
      blockers: [],
      surprise: true,
    });
    expect(issues).toEqual([
      { path: 'surprise', message: 'surprise is not a known field', rule: 'unknown_key' },
    ]);
  });

  it('lists the vocabulary for a value outside a picklist', () => {
    const issues = issuesOf(SummarySchema, {
      tenant_id: 't',
      dashboard_status: 'done',
      blockers: [],
    });
    expect(issues).toEqual([
      {
        path: 'dashboard_status',
        message: 'dashboard_status must be "ready" or "degraded" or "blocked" or "unknown"',
        rule: 'picklist',
      },
    ]);
  });

  it('names the expected type with an article', () => {
    expect(issuesOf(SummarySchema, 'text')[0]?.message).toBe('document must be an object');
    expect(issuesOf(BlockersSchema, 'text')[0]?.message).toBe('document must be an array');
    expect(issuesOf(v.string(), 1)[0]?.message).toBe('document must be a string');
  });

  it('uses the schema’s own message for a validation with one', () => {
    const issues = issuesOf(LabelSchema, '', 'payload.dashboard_scope');
    expect(issues).toEqual([
      {
        path: 'payload.dashboard_scope',
        message: 'payload.dashboard_scope must not be empty',
        rule: 'non_empty',
      },
    ]);
  });

  it('says "is invalid" for a validation that only has valibot’s default message', () => {
    const issues = issuesOf(v.pipe(v.string(), v.email()), 'not-an-email', 'contact');
    expect(issues).toEqual([{ path: 'contact', message: 'contact is invalid', rule: 'email' }]);
  });

  it('names the list when an element of a top-level list fails', () => {
    const issues = issuesOf(requiredChecksSchema(['alpha', 'beta']), ['alpha', 'gamma']);
    expect(issues).toEqual([
      { path: '[1]', message: 'document[1] must be one of: alpha, beta', rule: 'picklist' },
    ]);
    const rooted = issuesOf(
      requiredChecksSchema(['alpha', 'beta']),
      ['alpha', 'gamma'],
      'payload.required_checks',
    );
    expect(rooted[0]?.message).toBe('payload.required_checks[1] must be one of: alpha, beta');
  });
});

describe('converted messages never echo the received value', () => {
  it('leaves an unusual string out of a picklist message', () => {
    const issues = issuesOf(ReadinessStatusSchema, UNUSUAL, 'payload.summary.dashboard_status');
    expect(issues).toHaveLength(1);
    expect(JSON.stringify(issues)).not.toContain('unusual-marker-4711');
    expect(JSON.stringify(issues)).not.toContain('Zq7');
  });

  it('leaves an unusual string out of a custom picklist message', () => {
    const issues = issuesOf(requiredChecksSchema(['alpha']), [UNUSUAL]);
    expect(JSON.stringify(issues)).not.toContain('unusual-marker-4711');
  });

  it('leaves the value out of type, length and validation messages', () => {
    const inputs: Array<[v.GenericSchema, unknown]> = [
      [v.number(), UNUSUAL],
      [LabelSchema, UNUSUAL],
      [v.pipe(v.string(), v.email()), UNUSUAL],
      [v.pipe(v.string(), v.regex(/^a$/)), UNUSUAL],
      [v.literal('x'), UNUSUAL],
    ];
    for (const [schema, input] of inputs) {
      const text = JSON.stringify(issuesOf(schema, input, 'field'));
      expect(text).not.toContain('unusual-marker-4711');
      expect(text).not.toContain('Received');
    }
  });
});
