import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyContract } from '@cavra/contracts-core';
import { contractJsonSchemaFiles, serializeJsonSchema } from './json-schema.js';

/**
 * Writes the JSON Schema files of every published version of every contract into its
 * package's `schema/` folder (`packages/<name>/schema/request.v1.json`, ...). A published
 * version regenerates byte for byte; the lock test of each package proves it. `pnpm schemas` runs it; the tests
 * only compare the committed files with what the valibot schemas generate.
 *
 * @param repositoryRoot The repository folder.
 * @param contracts Every published version of every contract (`PUBLISHED_CONTRACTS` of
 *   `@cavra/contracts`).
 * @returns The paths written.
 */
export function writeSchemas(repositoryRoot: string, contracts: readonly AnyContract[]): string[] {
  const written: string[] = [];
  for (const contract of contracts) {
    const { packageName, operation } = contract.declaration;
    const folder = join(repositoryRoot, 'packages', packageName.replace(/^@cavra\//, ''), 'schema');
    mkdirSync(folder, { recursive: true });
    const files = contractJsonSchemaFiles({
      versions: contract.declaration.versions,
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
