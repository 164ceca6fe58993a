import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

const SOURCE_DIR = new URL('./', import.meta.url);

/** Every library source file under src/, tests and benchmarks left out. */
function librarySources(): string[] {
  return readdirSync(SOURCE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => !/\.(test|test-d|bench)\.ts$/.test(file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(new URL(file, SOURCE_DIR), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map(
    (match) => match[1] as string,
  );
}

describe('the public API of core is the hand-written index', () => {
  it('exports the vocabularies, schemas, errors, guard and helpers the contracts build on', () => {
    const names = [
      'REQUEST_SCHEMA_VERSION',
      'RESPONSE_SCHEMA_VERSION',
      'CONTRACT_SCHEMA_VERSION',
      'READINESS_STATUSES',
      'AUTOMATION_STATUSES',
      'RESPONSE_STATUSES',
      'DEFAULT_RESPONSE_STATUS',
      'DEFAULT_SUMMARY_STATUS',
      'READINESS_SEVERITY',
      'AUTOMATION_SEVERITY',
      'READINESS_SATISFIED',
      'AUTOMATION_SATISFIED',
      'ReadinessStatusSchema',
      'AutomationStatusSchema',
      'ResponseStatusSchema',
      'createRequestSchema',
      'createResponseSchema',
      'ContractError',
      'IdentifierSchema',
      'DEFAULT_REQUESTED_BY',
      'CorrelationIdSchema',
      'createCorrelationId',
      'LabelSchema',
      'TextSchema',
      'BlockersSchema',
      'TimestampSchema',
      'LIMITS',
      'requiredChecksSchema',
      'READINESS',
      'AUTOMATION',
      'V1',
      'V2',
      'versionTagOf',
      'SCHEMA_VERSIONS',
      'guardedSchema',
      'checksOf',
      'statusFieldsOf',
      'rollupStatus',
      'rollupSummary',
      'describeContract',
      'schemaFileName',
      'formatJsonPath',
      'valibotIssuesToContract',
      'captureContractResult',
      'defineContract',
      'findSensitiveMaterial',
      'locateSensitiveText',
      'assertPublicSafe',
      'classifyKey',
    ];
    for (const name of names) expect(core, name).toHaveProperty(name);
  });

  it('exports no default', () => {
    expect(core).not.toHaveProperty('default');
  });
});

describe('importing a vocabulary pulls in no schema code', () => {
  it('keeps statuses, orders, versions, limits and check tables free of valibot', () => {
    for (const file of [
      'vocabulary/statuses.ts',
      'vocabulary/status-order.ts',
      'vocabulary/vocabularies.ts',
      'v1/versions.ts',
      'versions.ts',
      'schema-file-name.ts',
      'limits.ts',
      'contract/check-fields.ts',
      'contract/declaration.ts',
    ]) {
      expect(importsOf(file), file).not.toContain('valibot');
    }
  });
});

describe('core runs in browsers and edge runtimes', () => {
  it('imports no Node-only module in any library source', () => {
    const sources = librarySources();
    expect(sources).toContain('contract/define-contract.ts');
    expect(importsOf('contract/define-contract.ts')).toContain('valibot');
    for (const file of sources) {
      const nodeOnly = importsOf(file).filter(
        (specifier) =>
          specifier.startsWith('node:') || ['fs', 'path', 'crypto'].includes(specifier),
      );
      expect(nodeOnly, file).toEqual([]);
    }
  });

  it('imports only valibot and its own files', () => {
    for (const file of librarySources()) {
      for (const specifier of importsOf(file)) {
        expect(specifier === 'valibot' || specifier.startsWith('.'), `${file}: ${specifier}`).toBe(
          true,
        );
      }
    }
  });
});
