import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS, RESPONSE_STATUSES, schemaFileName } from '@cavra/contracts-core';
import type { JsonSchema } from '@valibot/to-json-schema';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContractUnderTest, versionsOf } from './contract-under-test.js';
import { validSummary } from './describe-properties.js';
import {
  buildRequest,
  buildResponse,
  type JsonRecord,
  statusFieldsOf,
  uniformSummary,
  withValue,
} from './documents.js';
import { contractJsonSchemaFiles, serializeJsonSchema } from './json-schema.js';
import { validateWithPython } from './python-json-schema.js';
import { isRfc3339DateTime } from './rfc3339.js';
import { sensitiveValues } from './sensitive-values.js';

/** Where a contract package keeps its schema files, and what it is called. */
export interface JsonSchemaSuiteOptions {
  /** Absolute path of the package folder. */
  readonly packageDir: string;
  /** The npm name, e.g. `@cavra/customer-operating-dashboard`. */
  readonly packageName: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * Compiles a JSON Schema with ajv's draft 2020-12 class in strict mode; `date-time` is
 * checked as RFC 3339.
 *
 * @param schema The JSON Schema document.
 * @returns The validation function.
 */
export function compileJsonSchema(schema: JsonSchema): Validate {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    formats: { 'date-time': { type: 'string', validate: isRfc3339DateTime } },
  });
  return ajv.compile(schema as Record<string, unknown>) as Validate;
}

/**
 * Registers the JSON Schema rules: the committed `schema/*.v1.json` files are exactly what
 * the valibot schemas generate (`pnpm schemas` writes them; this only compares), they are exported
 * and shipped, and ajv agrees with the parsers on built, tampered and hand-picked documents.
 *
 * @param contract The contract under test.
 * @param options The package folder and name.
 */
export function describeJsonSchema(
  contract: ContractUnderTest,
  options: JsonSchemaSuiteOptions,
): void {
  const { facts, api } = contract;
  const schemaDir = join(options.packageDir, 'schema');
  const versions = versionsOf(facts);
  const generated = contractJsonSchemaFiles({
    versions,
    operation: facts.operation,
    packageName: options.packageName,
    requestSchema: api.requestSchema,
    responseSchema: api.responseSchema,
  });
  const requestFile = schemaFileName(versions.request);
  const responseFile = schemaFileName(versions.response);
  const validateRequest = compileJsonSchema(generated[requestFile] as JsonSchema);
  const validateResponse = compileJsonSchema(generated[responseFile] as JsonSchema);
  const request = buildRequest(contract);
  const response = buildResponse(contract, uniformSummary(facts), {}, request);

  describe('committed JSON Schema files', () => {
    for (const [file, schema] of Object.entries(generated)) {
      it(`schema/${file} is what the valibot schemas generate`, () => {
        const path = join(schemaDir, file);
        const text = serializeJsonSchema(schema);
        expect(existsSync(path), `${path} is missing: run "pnpm schemas"`).toBe(true);
        expect(
          readFileSync(path, 'utf8'),
          `${file} differs from the valibot schemas. A published schema version is never edited: a wire change needs a new version file. Before the first release, rewrite it with "pnpm schemas".`,
        ).toBe(text);
      });
    }

    it("holds only versioned request and response schemas, this version's included", () => {
      const files = readdirSync(schemaDir);
      expect(files).toEqual(expect.arrayContaining([requestFile, responseFile]));
      for (const file of files) expect(file).toMatch(/^(request|response)\.v\d+\.json$/);
    });

    it('names its schema version and operation as constants', () => {
      const requestSchema = generated[requestFile] as { properties: Record<string, JsonSchema> };
      const responseSchema = generated[responseFile] as { properties: Record<string, JsonSchema> };
      expect(requestSchema.properties['schema_version']).toEqual({ const: versions.request });
      expect(responseSchema.properties['schema_version']).toEqual({
        const: versions.response,
      });
      expect(requestSchema.properties['operation']).toEqual({ const: facts.operation });
      expect(responseSchema.properties['operation']).toEqual({ const: facts.operation });
    });

    it('is exported as <package>/schema/*.json and shipped', () => {
      const manifest = JSON.parse(
        readFileSync(join(options.packageDir, 'package.json'), 'utf8'),
      ) as {
        exports: Record<string, unknown>;
        files: string[];
      };
      expect(manifest.exports['./schema/*.json']).toBe('./schema/*.json');
      expect(manifest.files).toContain('schema');
    });

    it('keeps the bounds of the valibot schemas', () => {
      const text = JSON.stringify(generated);
      for (const bound of [
        LIMITS.labelLength,
        LIMITS.textLength,
        LIMITS.blockerLength,
        LIMITS.blockerCount,
      ]) {
        expect(text).toContain(`:${bound}`);
      }
      expect(JSON.stringify(generated[requestFile])).toContain('"uniqueItems":true');
    });
  });

  describe("the shipped files give the parsers' verdict in ajv and in Python's jsonschema", () => {
    const label = facts.payloadLabelFields[0] as string;
    const texts: Record<string, string> = {
      'plain text': 'acme ops',
      'an emoji (a surrogate pair)': 'team 🚀',
      'non-ASCII letters': 'kunde-müller-東京',
      'a right-to-left override': 'tenant\u202eacme',
      'a zero-width space at the end': 'tenant-acme\u200b',
      'a zero-width joiner': 'ten\u200dant',
      'a word joiner': 'ten\u2060ant',
      'a bidi isolate': 'ten\u2066ant',
      'a byte-order mark at the start': '\ufefftenant',
      'a line separator': 'tenant\u2028acme',
      'a paragraph separator': 'tenant\u2029acme',
      'a lone high surrogate': 'tenant\ud800',
      'a lone low surrogate': '\udc00tenant',
      'a control character': 'ten\u0007ant',
      'a C1 control character': 'ten\u0085ant',
    };
    const requests = Object.entries(texts).flatMap(([name, text]) => [
      [`tenant_id with ${name}`, withValue(request, ['tenant_id'], text)],
      [`a label with ${name}`, withValue(request, ['payload', label], text)],
      [`the boundary with ${name}`, withValue(request, ['payload', facts.boundaryField], text)],
    ]) as [string, unknown][];
    const responses = Object.entries(texts).map(([name, text]) => [
      `a blocker with ${name}`,
      withValue(response, ['payload', 'summary', 'blockers'], [text]),
    ]) as [string, unknown][];

    for (const [kind, file, documents, parse] of [
      ['request', requestFile, requests, api.safeParseRequest],
      ['response', responseFile, responses, api.safeParseResponse],
    ] as const) {
      it(`schema/${file}: ajv, Python and the ${kind} parser agree on invisible characters`, () => {
        const shipped = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as JsonSchema;
        const validate = compileJsonSchema(shipped);
        const python = validateWithPython(
          shipped,
          documents.map(([, document]) => document),
        );
        documents.forEach(([name, document], index) => {
          const parsed = parse(document).success;
          expect(validate(document), `ajv: ${name}`).toBe(parsed);
          expect(python[index], `python: ${name}`).toBe(parsed);
        });
        // Both outcomes occur, so the comparison means something.
        expect(python).toContain(true);
        expect(python).toContain(false);
      });
    }
  });

  describe('JSON Schema and parsers agree', () => {
    it('every built request is valid', () => {
      const checks = Object.keys(facts.checkFields);
      fc.assert(
        fc.property(fc.shuffledSubarray(checks, { minLength: 1 }), (subset) => {
          const built = buildRequest(contract, { required_checks: subset, requested_by: 'ops' });
          expect(validateRequest(built), JSON.stringify(validateRequest.errors)).toBe(true);
        }),
      );
      expect(validateRequest(request), JSON.stringify(validateRequest.errors)).toBe(true);
    });

    it('every built response is valid', () => {
      fc.assert(
        fc.property(
          validSummary(contract),
          fc.constantFrom(...RESPONSE_STATUSES),
          (summary, status) => {
            const built = buildResponse(contract, summary, { status }, request);
            expect(validateResponse(built), JSON.stringify(validateResponse.errors)).toBe(true);
          },
        ),
      );
    });

    it('documents with defaults left out are valid for both', () => {
      const sparseRequest = withValue(
        withValue(request, ['requested_by'], undefined),
        ['payload'],
        {},
      );
      expect(validateRequest(sparseRequest)).toBe(true);
      expect(api.safeParseRequest(sparseRequest).success).toBe(true);
      let sparseResponse = withValue(response, ['status'], undefined);
      for (const field of Object.keys(response.payload.summary)) {
        if (!statusFieldsOf(facts).includes(field) && field !== 'tenant_id') {
          sparseResponse = withValue(sparseResponse, ['payload', 'summary', field], undefined);
        }
      }
      expect(validateResponse(sparseResponse), JSON.stringify(validateResponse.errors)).toBe(true);
      expect(api.safeParseResponse(sparseResponse).success).toBe(true);
    });

    for (const [name, document] of Object.entries(invalidRequests(contract, request))) {
      it(`request rejected by both: ${name}`, () => {
        expect(api.safeParseRequest(document).success).toBe(false);
        expect(validateRequest(document)).toBe(false);
      });
    }

    for (const [name, document] of Object.entries(invalidResponses(contract, response))) {
      it(`response rejected by both: ${name}`, () => {
        expect(api.safeParseResponse(document).success).toBe(false);
        expect(validateResponse(document)).toBe(false);
      });
    }

    for (const [field, samples] of Object.entries(contract.summarySamples ?? {})) {
      it(`both agree on hand-picked values of ${field}`, () => {
        for (const value of samples.valid) {
          const document = withValue(response, ['payload', 'summary', field], value);
          expect(api.safeParseResponse(document).success, String(value)).toBe(true);
          expect(validateResponse(document), String(value)).toBe(true);
        }
        for (const value of samples.invalid) {
          const document = withValue(response, ['payload', 'summary', field], value);
          expect(api.safeParseResponse(document).success, String(value)).toBe(false);
          expect(validateResponse(document), String(value)).toBe(false);
        }
      });
    }
  });

  describe('known differences between JSON Schema and parsers', () => {
    it('only the parsers run the guard: a credential in a label passes JSON Schema', () => {
      const [sample] = sensitiveValues();
      const label = facts.payloadLabelFields[0] as string;
      const document = withValue(request, ['payload', label], sample?.value);
      expect(validateRequest(document)).toBe(true);
      expect(api.safeParseRequest(document).success).toBe(false);
    });

    it('JSON Schema describes trimmed identifiers; the parsers trim them', () => {
      const document = withValue(request, ['tenant_id'], ' tenant-acme ');
      expect(validateRequest(document)).toBe(false);
      const parsed = api.safeParseRequest(document);
      expect(parsed.success && (parsed.output as JsonRecord)['tenant_id']).toBe('tenant-acme');
    });
  });
}

function invalidRequests(
  contract: ContractUnderTest,
  request: JsonRecord,
): Record<string, unknown> {
  const { facts } = contract;
  const checks = Object.keys(facts.checkFields);
  const label = facts.payloadLabelFields[0] as string;
  const at = (path: (string | number)[], value: unknown) => withValue(request, path, value);
  return {
    'another schema version': at(['schema_version'], `${versionsOf(facts).request}9`),
    'another operation': at(['operation'], facts.foreignOperation),
    'an unknown root key': at(['extra'], 1),
    'an unknown payload key': at(['payload', 'extra'], 1),
    'a payload array': at(['payload'], []),
    'no tenant_id': at(['tenant_id'], undefined),
    'an empty tenant_id': at(['tenant_id'], ''),
    'a blank tenant_id': at(['tenant_id'], '   '),
    'a tenant_id of 129 characters': at(['tenant_id'], 'a'.repeat(129)),
    'a control character in tenant_id': at(['tenant_id'], 'ten\u0000ant'),
    'a C1 control character in requested_by': at(['requested_by'], 'ops\u0085team'),
    'a malformed correlation_id': at(['correlation_id'], 'saas-XYZ'),
    'private_implementation_required false': at(['private_implementation_required'], false),
    'empty required_checks': at(['payload', 'required_checks'], []),
    'a duplicated check': at(['payload', 'required_checks'], [checks[0], checks[0]]),
    'a foreign check': at(['payload', 'required_checks'], [facts.foreignCheck]),
    'a check that is not a string': at(['payload', 'required_checks'], [1]),
    'an empty label': at(['payload', label], ''),
    'a label too long': at(['payload', label], 'x'.repeat(LIMITS.labelLength + 1)),
    'a newline in a label': at(['payload', label], 'a\nb'),
    'a boundary too long': at(['payload', facts.boundaryField], 'x'.repeat(LIMITS.textLength + 1)),
    'a bell in the boundary': at(['payload', facts.boundaryField], 'a\u0007b'),
  };
}

function invalidResponses(
  contract: ContractUnderTest,
  response: JsonRecord,
): Record<string, unknown> {
  const { facts } = contract;
  const [statusField] = statusFieldsOf(facts) as [string];
  const requiredStatus = statusFieldsOf(facts).find(
    (field) => facts.statusDefaults?.[field] === undefined,
  );
  const summary = ['payload', 'summary'];
  const at = (path: (string | number)[], value: unknown) => withValue(response, path, value);
  return {
    'another schema version': at(['schema_version'], versionsOf(facts).request),
    'an unknown status': at(['status'], 'ready'),
    'an unknown root key': at(['extra'], 1),
    'an unknown payload key': at(['payload', 'extra'], 1),
    'an unknown summary key': at([...summary, 'extra'], 1),
    'a summary array': at(summary, []),
    'a status outside the vocabulary': at([...summary, statusField], facts.foreignStatus),
    ...(requiredStatus === undefined
      ? {}
      : { 'a missing status field': at([...summary, requiredStatus], undefined) }),
    'an empty tenant_id': at([...summary, 'tenant_id'], ''),
    'private_validation_required false': at([...summary, 'private_validation_required'], false),
    'too many blockers': at([...summary, 'blockers'], new Array(LIMITS.blockerCount + 1).fill('x')),
    'a blocker too long': at([...summary, 'blockers'], ['x'.repeat(LIMITS.blockerLength + 1)]),
    'an empty blocker': at([...summary, 'blockers'], ['']),
    'a newline in a blocker': at([...summary, 'blockers'], ['a\nb']),
    'a foreign private module': at(['payload', 'private_modules_required'], [facts.foreignModule]),
    'no private modules': at(['payload', 'private_modules_required'], []),
    'an empty message': at(['message'], ''),
    'a control character in next_step': at(['payload', 'next_step'], 'a\u001bb'),
    'a missing next_step': at(['payload', 'next_step'], undefined),
  };
}
