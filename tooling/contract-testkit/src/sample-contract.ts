import {
  defineContract,
  type SchemaVersions,
  type StatusVocabulary,
  V1,
} from '@cavra/contracts-core';

// A small contract that exists only for tests: one check with a summary field, one without.

/**
 * Declares a test-only contract of the given operation and vocabulary.
 *
 * @param operation The operation name.
 * @param vocabulary Its status vocabulary.
 * @param versions The schema versions its documents carry; default v1's.
 * @returns The contract.
 */
export function sampleContract<
  const TOperation extends string,
  const TVocabulary extends StatusVocabulary,
  const TVersions extends SchemaVersions = typeof V1,
>(operation: TOperation, vocabulary: TVocabulary, versions: TVersions = V1 as TVersions) {
  return defineContract({
    packageName: '@cavra/sample',
    versions,
    operation,
    title: operation.replaceAll('_', ' '),
    checks: { first_check: 'first_status', second_check: null },
    vocabulary,
    privateModules: ['sample module'],
    boundary: 'Sample boundary.',
    payload: {
      sample_scope: { kind: 'label', default: 'sample-scope' },
      required_checks: { kind: 'list', of: 'checks' },
    },
    summary: { blockers: { kind: 'list', of: 'lines' } },
    compatibility: { path: `/sample/${operation}`, command: ['sample', operation] },
  });
}
