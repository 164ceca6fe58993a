import { describe, expect, it } from 'vitest';
import { moveIssue, rebasePath } from './issue-paths.js';

describe('issue paths name the field of the body that was sent', () => {
  it('moves a path out of a root', () => {
    expect(rebasePath('payload.required_checks[1]', 'payload', '')).toBe('required_checks[1]');
    expect(rebasePath('payload.summary.blockers[0]', 'payload.summary', 'summary')).toBe(
      'summary.blockers[0]',
    );
    expect(rebasePath('payload["odd key"]', 'payload', '')).toBe('["odd key"]');
  });

  it('moves a path into a root', () => {
    expect(rebasePath('tenant_id', '', 'request')).toBe('request.tenant_id');
    expect(rebasePath('', '', 'request')).toBe('request');
    expect(rebasePath('[0]', '', 'request')).toBe('request[0]');
  });

  it('maps the root itself', () => {
    expect(rebasePath('payload.summary', 'payload.summary', 'summary')).toBe('summary');
  });

  it('leaves paths outside the root alone, including look-alike prefixes', () => {
    expect(rebasePath('status', 'payload.summary', 'summary')).toBe('status');
    expect(rebasePath('payloads.x', 'payload', '')).toBe('payloads.x');
  });
});

describe('a moved issue quotes its new path', () => {
  it('rewrites the path where the message names it', () => {
    const issue = {
      path: 'payload.api_key',
      message: 'sensitive field payload.api_key is not allowed in a public contract',
      rule: 'key.api-key',
    };
    expect(moveIssue(issue, (path) => rebasePath(path, 'payload', ''))).toEqual({
      path: 'api_key',
      message: 'sensitive field api_key is not allowed in a public contract',
      rule: 'key.api-key',
    });
  });

  it('keeps a message that does not quote the path', () => {
    const issue = { path: 'payload.required_checks[0]', message: 'required_checks[0] is invalid' };
    expect(moveIssue(issue, (path) => rebasePath(path, 'payload', ''))).toEqual({
      path: 'required_checks[0]',
      message: 'required_checks[0] is invalid',
    });
  });
});
