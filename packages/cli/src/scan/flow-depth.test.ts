import { describe, expect, it } from 'vitest';
import { exceedsFlowDepth, MAX_FLOW_DEPTH } from './flow-depth.js';

describe('files nested too deep for the YAML parser are recognised before parsing', () => {
  it('allows nesting up to the bound and refuses one level more', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    expect(exceedsFlowDepth(nested(MAX_FLOW_DEPTH))).toBe(false);
    expect(exceedsFlowDepth(nested(MAX_FLOW_DEPTH + 1))).toBe(true);
    expect(exceedsFlowDepth('{"a": {"b": [1, {"c": 2}]}}', 4)).toBe(false);
    expect(exceedsFlowDepth('{"a": {"b": [1, {"c": 2}]}}', 3)).toBe(true);
  });

  it('counts brackets side by side as one level, and ignores stray closing ones', () => {
    expect(exceedsFlowDepth(`${'[]'.repeat(10_000)}`, 1)).toBe(false);
    expect(exceedsFlowDepth(`${']'.repeat(100)}[[`, 1)).toBe(true);
  });
});
