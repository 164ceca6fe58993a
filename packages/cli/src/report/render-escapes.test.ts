import { describe, expect, it } from 'vitest';
import { createStyle } from '../style.js';
import type { ReadinessReport } from './readiness-report.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

/** A report whose document text carries what a valid document no longer may (issue 11, problem 5). */
const report: ReadinessReport = {
  source: null,
  operation: 'customer_operating_dashboard',
  title: 'customer operating dashboard',
  tenant_id: 'tenant-acme\u200b',
  correlation_id: 'saas-0123456789ab',
  schema_version: 'cavra.saas_control_plane.response.v1',
  response_status: 'requires_private_service',
  response_status_meaning: 'the private service must evaluate it',
  status: 'blocked',
  tone: 'worst',
  ready: false,
  reason: 'billing_observability is blocked',
  claims: [],
  checks: [],
  boundary: 'public contract only',
  blockers: ['billing \u202eexport\u2028second line', 'ok \u001b[31mred'],
  private_modules_required: [],
  next_step: 'call the private service\ufeff',
};

describe('text and Markdown reports show non-printable characters as escapes', () => {
  for (const [name, text] of [
    ['text', renderText(report, createStyle(false))],
    ['markdown', renderMarkdown(report)],
  ] as const) {
    it(`${name}: tenant-acme\\u200b cannot pass for tenant-acme`, () => {
      // Markdown escapes the backslash of each escape once more, so it renders as written.
      const u = name === 'markdown' ? '\\\\u' : '\\u';
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find them
      expect(text).not.toMatch(/[\u200b\u202e\u2028\ufeff\u001b]/);
      for (const shown of [`tenant-acme${u}200b`, `${u}202eexport${u}2028second`, `${u}001b`]) {
        expect(text).toContain(shown);
      }
    });
  }
});
