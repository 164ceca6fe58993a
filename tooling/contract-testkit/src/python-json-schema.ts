import { spawnSync } from 'node:child_process';
import type { JsonSchema } from '@valibot/to-json-schema';

/** Validates each document with Python's `jsonschema` (draft 2020-12) and prints the verdicts. */
const SCRIPT = `
import json, sys
from jsonschema import Draft202012Validator
given = json.load(sys.stdin)
validator = Draft202012Validator(given["schema"])
print(json.dumps([validator.is_valid(document) for document in given["documents"]]))
`;

/**
 * Runs documents through a JSON Schema with Python's `jsonschema` package (`python3`, Debian's
 * `python3-jsonschema`), the way a consumer in another language would use the shipped files.
 * Lone surrogates survive the trip: JSON text escapes them and Python's `json` keeps them.
 *
 * @param schema The JSON Schema document.
 * @param documents The documents.
 * @returns Whether each document is valid, in order.
 * @throws {Error} when `python3` or its `jsonschema` package is missing, or the schema does not compile.
 */
export function validateWithPython(schema: JsonSchema, documents: readonly unknown[]): boolean[] {
  const result = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify({ schema, documents }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `python3 with jsonschema failed (install it: apt-get install -y python3-jsonschema): ${result.error?.message ?? result.stderr}`,
    );
  }
  return JSON.parse(result.stdout) as boolean[];
}
