// @ts-check
// The files of the consumer that pins schema version v1 of support_handoff_readiness by
// importing `@cavra/support-handoff-readiness/v1`. `PINNED_SCRIPT` and `PINNED_TYPES` are its
// code: written once, before the v2 release, and never changed. `ROOT_IS_V2_TYPES` is a
// type-level probe of the root export; `UPGRADE_SCRIPT` is what the consumer adds after
// upgrading, to move its stored v1 documents to v2.

const PACKAGE = '@cavra/support-handoff-readiness';

/** The five v1 summary status fields, as DESIGN.md fixes them. */
const V1_STATUSES = `{
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'degraded',
  health_review_status: 'ready',
  dashboard_status: 'ready',
}`;

/**
 * `pinned.mjs`: builds, round-trips and rolls up a v1 request and response through `/v1`,
 * builds a request through the root export, and prints what it saw (with the documents, so
 * the rehearsal can keep the ones the old version produced) as one JSON line.
 */
export const PINNED_SCRIPT = `import assert from 'node:assert/strict';
import * as newest from '${PACKAGE}';
import * as v1 from '${PACKAGE}/v1';

const request = v1.buildSupportHandoffReadinessRequest('tenant-pinned', {
  required_checks: ['support_owner_assignment', 'escalation_routing'],
});
const response = v1.buildSupportHandoffReadinessResponse(request, {
  ...${V1_STATUSES},
  blockers: ['the escalation rota has a single owner'],
});
const parsed = v1.parseSupportHandoffReadinessResponse(JSON.parse(JSON.stringify(response)));
assert.deepEqual(parsed, response);
assert.deepEqual(v1.parseSupportHandoffReadinessRequest(JSON.parse(JSON.stringify(request))), request);
assert.equal(v1.safeParseSupportHandoffReadinessRequest({ ...request, operation: 'other' }).success, false);
const rootRequest = newest.buildSupportHandoffReadinessRequest('tenant-pinned');
process.stdout.write(
  JSON.stringify({
    v1: {
      request: request.schema_version,
      response: response.schema_version,
      rollup: v1.rollupSupportHandoffReadiness(parsed.payload.summary).status,
      status_fields: v1.SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
    },
    root: {
      request: rootRequest.schema_version,
      status_fields: newest.SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
    },
    documents: { request, response },
  }),
);
`;

/**
 * `pinned.mts`: the consumer's typed code over `/v1`. It must compile against every later
 * minor release unchanged; the `@ts-expect-error` line proves the v1 types are real.
 */
export const PINNED_TYPES = `import {
  SUPPORT_HANDOFF_READINESS_OPERATION,
  buildSupportHandoffReadinessRequest as buildNewestRequest,
} from '${PACKAGE}';
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  parseSupportHandoffReadinessResponse,
  type SupportHandoffReadinessResponse,
  type SupportHandoffReadinessSummary,
} from '${PACKAGE}/v1';

const response: SupportHandoffReadinessResponse = buildSupportHandoffReadinessResponse(
  buildSupportHandoffReadinessRequest('tenant-types'),
  ${V1_STATUSES.replaceAll('\n', '\n  ')},
);
const version: 'cavra.saas_control_plane.response.v1' = response.schema_version;
const summary: SupportHandoffReadinessSummary = parseSupportHandoffReadinessResponse(
  JSON.parse(JSON.stringify(response)) as unknown,
).payload.summary;
// @ts-expect-error the v1 summary has no release_owner_status field
const releaseOwner = summary.release_owner_status;
const operation: 'support_handoff_readiness' = SUPPORT_HANDOFF_READINESS_OPERATION;
const tenant: string = buildNewestRequest('tenant-types').tenant_id;

export const used = [version, summary, releaseOwner, operation, tenant];
`;

/**
 * `root-is-v2.mts`: compiles only where the root export's response type is v2's, with its
 * `release_owner_status` field and the v2 schema version.
 */
export const ROOT_IS_V2_TYPES = `import type { SupportHandoffReadinessResponse } from '${PACKAGE}';

type Summary = SupportHandoffReadinessResponse['payload']['summary'];
const releaseOwner: Summary['release_owner_status'] = 'ready';
const version: SupportHandoffReadinessResponse['schema_version'] =
  'cavra.saas_control_plane.response.v2';

export const used = [releaseOwner, version];
`;

/**
 * `upgrade.mjs`: reads the request and response the old version produced (`from-old/`),
 * parses them with the new version's v1 parsers, upgrades them to v2 and parses the result
 * with the v2 parsers; prints the parsed and upgraded documents as one JSON line.
 */
export const UPGRADE_SCRIPT = `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { upgradeSupportHandoffReadinessV1ToV2 } from '${PACKAGE}';
import * as v1 from '${PACKAGE}/v1';
import * as v2 from '${PACKAGE}/v2';

const read = (name) => JSON.parse(readFileSync(new URL(\`from-old/\${name}.json\`, import.meta.url), 'utf8'));
const oldRequest = read('request');
const oldResponse = read('response');
const request = v1.parseSupportHandoffReadinessRequest(oldRequest);
const response = v1.parseSupportHandoffReadinessResponse(oldResponse);
assert.deepEqual(request, oldRequest);
assert.deepEqual(response, oldResponse);
assert.equal(v2.safeParseSupportHandoffReadinessResponse(oldResponse).success, false);
const upgradedRequest = v2.parseSupportHandoffReadinessRequest(upgradeSupportHandoffReadinessV1ToV2(request));
const upgraded = v2.parseSupportHandoffReadinessResponse(upgradeSupportHandoffReadinessV1ToV2(response));
assert.equal(v1.safeParseSupportHandoffReadinessResponse(upgraded).success, false);
process.stdout.write(JSON.stringify({ request, response, upgradedRequest, upgraded }));
`;
