import {
  INVISIBLE_CHARACTER_CLASS,
  type SchemaVersions,
  schemaFileName,
  withinRuleOf,
} from '@cavra/contracts-core';
import { type JsonSchema, type OverrideActionContext, toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

/*
 * Every pattern here is written for both ECMA-262 regular expressions with the `u` flag
 * (ajv's default) and Python's `re` (the `jsonschema` package): character classes of
 * `\uXXXX` escapes, `\s`, `\S` and non-capturing groups only. In both, a surrogate pair is
 * one code point, so the surrogate range D800–DFFF matches lone surrogates alone; a
 * validator that runs patterns without the `u` flag would refuse every astral character.
 */

/** JSON Schema pattern of a string without control characters (C0, DEL, C1). */
export const CONTROL_FREE_PATTERN = '^[^\\u0000-\\u001f\\u007f-\\u009f]*$';

/** JSON Schema pattern of free text: no control characters but tab, line feed and carriage return. */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$';

/**
 * JSON Schema pattern of a string free of invisible and direction-changing characters and
 * lone surrogates (core's `INVISIBLE_CHARACTER_CLASS`).
 */
export const VISIBLE_PATTERN = `^[^${INVISIBLE_CHARACTER_CLASS}]*$`;

/** JSON Schema pattern of a trimmed string: no whitespace at either end. */
export const TRIMMED_PATTERN = '^\\S(?:[\\s\\S]*\\S)?$';

/** JSON Schema pattern of a label that is not a URL: nothing holding `://`. */
export const NOT_URL_PATTERN = '^(?![\\s\\S]*://)';

type Translate = (schema: JsonSchema) => JsonSchema;

function addPattern(pattern: string): Translate {
  return (schema) => {
    if (schema.pattern === undefined) return { ...schema, pattern };
    return { ...schema, allOf: [...(schema.allOf ?? []), { pattern }] };
  };
}

/**
 * Recognises a `v.check` predicate by how it answers probe values, and returns the JSON
 * Schema keywords that say the same. Probing (rather than matching messages or function
 * identity) keeps the translation right when a message is reworded.
 *
 * @param requirement The predicate of a `v.check` action.
 * @returns The translation, or `undefined` for a predicate it does not know.
 */
function translateCheck(requirement: (input: unknown) => unknown): Translate | undefined {
  const answers = (input: unknown): boolean | undefined => {
    try {
      return requirement(input) === true;
    } catch {
      return undefined;
    }
  };
  if (answers(['a', 'b']) === true && answers(['a', 'a']) === false) {
    return (schema) => ({ ...schema, uniqueItems: true });
  }
  if (
    answers('2024-02-29T00:00:00Z') === true &&
    answers('2026-02-29T00:00:00Z') === false &&
    answers('2026-11-21T09:30:00+01') === false
  ) {
    // The RFC 3339 refinement of an ISO-8601 timestamp: `format: date-time` already says it.
    return (schema) => schema;
  }
  if (answers('plain') === true && answers('scheme://host') === false) {
    return addPattern(NOT_URL_PATTERN);
  }
  if (answers('plain') === true && answers('a\u0007b') === false && answers('a\u0085b') === false) {
    return addPattern(answers('a\tb\nc\r') === true ? TEXT_PATTERN : CONTROL_FREE_PATTERN);
  }
  if (
    answers('plain 🚀') === true &&
    answers('a\u202eb') === false &&
    answers('a\u200bb') === false &&
    answers('a\ud800b') === false
  ) {
    return addPattern(VISIBLE_PATTERN);
  }
  return undefined;
}

function overrideAction(context: OverrideActionContext): JsonSchema | undefined {
  const action = context.valibotAction as { type: string; requirement?: unknown };
  if (action.type === 'trim') return addPattern(TRIMMED_PATTERN)(context.jsonSchema);
  // JSON Schema cannot say that one list stays within another; the parsers enforce it.
  if (action.type === 'check' && withinRuleOf(action.requirement) !== undefined) {
    return context.jsonSchema;
  }
  if (action.type === 'check' && typeof action.requirement === 'function') {
    return translateCheck(action.requirement as (input: unknown) => unknown)?.(context.jsonSchema);
  }
  return undefined;
}

/** What a generated schema file says about itself. */
export interface JsonSchemaMeta {
  /** The `$id`. */
  readonly id: string;
  /** The `title`. */
  readonly title: string;
  /** The `description`. */
  readonly description: string;
}

/**
 * Converts a valibot schema to JSON Schema (draft 2020-12) with `@valibot/to-json-schema`.
 * Actions JSON Schema has no keyword for are translated: `v.trim()` becomes a pattern for
 * the trimmed wire form, known `v.check` predicates become `uniqueItems` or patterns. Any
 * other unsupported action throws, so nothing is silently dropped.
 *
 * @param schema The valibot schema.
 * @param meta `$id`, `title` and `description` of the document.
 * @returns The JSON Schema document.
 */
export function toContractJsonSchema(schema: v.GenericSchema, meta: JsonSchemaMeta): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(schema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    overrideAction,
  });
  return { $schema, $id: meta.id, title: meta.title, description: meta.description, ...rest };
}

/** The generated schema files of one contract, by file name. */
export type ContractJsonSchemaFiles = Record<string, JsonSchema>;

/**
 * Generates the request and response JSON Schema files of a contract.
 *
 * @param contract The schema versions, operation, package name and valibot schemas.
 * @returns The documents by file name (`request.v1.json`, `response.v1.json` for v1).
 */
export function contractJsonSchemaFiles(contract: {
  readonly versions: SchemaVersions;
  readonly operation: string;
  readonly packageName: string;
  readonly requestSchema: v.GenericSchema;
  readonly responseSchema: v.GenericSchema;
}): ContractJsonSchemaFiles {
  const note = `Generated from the valibot schemas of ${contract.packageName}. The sensitive-material guard cannot be expressed in JSON Schema: only the package's parsers run it.`;
  const document = (kind: string, version: string, schema: v.GenericSchema) =>
    toContractJsonSchema(schema, {
      id: `urn:cavra:${contract.operation}:${version}`,
      title: `${contract.operation} ${kind} (${version})`,
      description: `The ${kind} envelope of the ${contract.operation} contract, schema version ${version}. ${note}`,
    });
  return {
    [schemaFileName(contract.versions.request)]: document(
      'request',
      contract.versions.request,
      contract.requestSchema,
    ),
    [schemaFileName(contract.versions.response)]: document(
      'response',
      contract.versions.response,
      contract.responseSchema,
    ),
  };
}

/**
 * Serialises a schema document the way it is committed: two-space JSON and a final newline.
 *
 * @param schema The document.
 * @returns The file text.
 */
export function serializeJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
