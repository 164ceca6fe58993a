// @ts-check
import { Ajv2020 } from 'ajv/dist/2020.js';

const RFC3339_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * Validates documents against a shipped JSON Schema (draft 2020-12) with ajv in strict mode,
 * checking `date-time` as RFC 3339.
 *
 * @param {Record<string, unknown>} schema The JSON Schema.
 * @returns {(document: unknown) => string[]} A validator returning ajv's error texts.
 */
export function jsonSchemaValidator(schema) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    formats: { 'date-time': { type: 'string', validate: (text) => RFC3339_DATE_TIME.test(text) } },
  });
  const validate = ajv.compile(schema);
  return (document) => {
    if (validate(document)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  };
}
