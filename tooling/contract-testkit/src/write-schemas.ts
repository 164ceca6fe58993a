import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyContract } from '@cavra/contracts-core';
import { contractJsonSchemaFiles, serializeJsonSchema } from './json-schema.js';

/**
 * Writes the JSON Schema files of every registered contract into its package's `schema/`
 * folder (`packages/<name>/schema/request.v1.json`, ...). `pnpm schemas` runs it; the tests
 * only compare the committed files with what the valibot schemas generate.
 *
 * @param repositoryRoot The repository folder.
 * @param registry The registry of `@cavra/contracts`.
 * @returns The paths written.
 */
export function writeSchemas(
  repositoryRoot: string,
  registry: readonly { readonly contract: AnyContract }[],
): string[] {
  const written: string[] = [];
  for (const { contract } of registry) {
    const { packageName, operation } = contract.declaration;
    const folder = join(repositoryRoot, 'packages', packageName.replace(/^@cavra\//, ''), 'schema');
    mkdirSync(folder, { recursive: true });
    const files = contractJsonSchemaFiles({
      operation,
      packageName,
      requestSchema: contract.requestSchema,
      responseSchema: contract.responseSchema,
    });
    for (const [name, schema] of Object.entries(files)) {
      const path = join(folder, name);
      writeFileSync(path, serializeJsonSchema(schema));
      written.push(path);
    }
  }
  return written;
}
