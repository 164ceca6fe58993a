import { describe, expect, it } from 'vitest';
import { importSpecifiers } from './describe-dependencies.js';

describe('importSpecifiers reads every import a dependency check must see', () => {
  it('finds static, multi-line, re-export, bare and dynamic imports', () => {
    expect(
      importSpecifiers(
        "import * as v from 'valibot';\nimport {\n  a,\n  type B,\n} from '@cavra/contracts-core';\nexport { c } from './c.js';\nimport './side.js';\nconst d = await import('node:fs');",
      ),
    ).toEqual(['valibot', '@cavra/contracts-core', './c.js', './side.js', 'node:fs']);
  });
});
