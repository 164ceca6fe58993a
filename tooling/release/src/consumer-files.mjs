// @ts-check
// The files of the throw-away consumer project: one script per module system and one
// TypeScript file per resolution mode, all using the published dashboard contract the way a
// downstream project would.

const PACKAGE = '@cavra/customer-operating-dashboard';

/** Summary status fields of the dashboard contract, as DESIGN.md fixes them for v1. */
const STATUS_FIELDS = [
  'dashboard_status',
  'billing_status',
  'license_service_status',
  'support_handoff_status',
  'customer_success_status',
  'escalation_status',
  'release_closeout_status',
];

const statusesLiteral = `{ ${STATUS_FIELDS.map((field) => `${field}: 'ready'`).join(', ')} }`;

/**
 * The body shared by the ESM and CJS scripts, after the import: builds a request and a
 * response, checks the JSON round trip and that a foreign operation is refused with a
 * `ContractError`, then prints the response's wire form.
 */
const SCRIPT_BODY = `
const request = api.buildCustomerOperatingDashboardRequest('tenant-rehearsal');
const response = api.buildCustomerOperatingDashboardResponse(request, {
  ...${statusesLiteral},
  billing_status: 'degraded',
  blockers: ['invoice export is two days behind'],
});
const wire = JSON.stringify(response);
assert.deepEqual(api.parseCustomerOperatingDashboardResponse(JSON.parse(wire)), response);
assert.equal(response.operation, api.CUSTOMER_OPERATING_DASHBOARD_OPERATION);
assert.equal(response.correlation_id, request.correlation_id);
assert.equal(api.CUSTOMER_OPERATING_DASHBOARD_CHECKS.length, 7);
const refused = api.safeParseCustomerOperatingDashboardRequest({ ...request, operation: 'other' });
assert.equal(refused.success, false);
assert.equal(api.ContractError.isInstance(refused.error), true);
process.stdout.write(wire);
`;

/** `esm.mjs`: the package from an ES module. */
export const ESM_SCRIPT = `import assert from 'node:assert/strict';
import * as api from '${PACKAGE}';
${SCRIPT_BODY}`;

/** `cjs.cjs`: the package from CommonJS. */
export const CJS_SCRIPT = `'use strict';
const assert = require('node:assert/strict');
const api = require('${PACKAGE}');
${SCRIPT_BODY}`;

/**
 * TypeScript that must compile, including two `@ts-expect-error` lines that must stay errors:
 * proof that the shipped declarations carry real types rather than `any`.
 */
export const TYPESCRIPT_SOURCE = `import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  type CustomerOperatingDashboardCheck,
  type CustomerOperatingDashboardRequest,
  type CustomerOperatingDashboardResponse,
  parseCustomerOperatingDashboardResponse,
} from '${PACKAGE}';

const request: CustomerOperatingDashboardRequest = buildCustomerOperatingDashboardRequest(
  'tenant-types',
  { dashboard_scope: 'tenant-operating' },
);
const response: CustomerOperatingDashboardResponse = buildCustomerOperatingDashboardResponse(
  request,
  ${statusesLiteral},
);
const schemaVersion: 'cavra.saas_control_plane.response.v1' = response.schema_version;
const status: 'accepted' | 'unavailable' | 'requires_private_service' = response.status;
const check: CustomerOperatingDashboardCheck = 'billing_observability';
const parsed: CustomerOperatingDashboardResponse = parseCustomerOperatingDashboardResponse(
  JSON.parse(JSON.stringify(response)) as unknown,
);

// @ts-expect-error 'green' is not a readiness status.
buildCustomerOperatingDashboardResponse(request, { ...${statusesLiteral}, billing_status: 'green' });
// @ts-expect-error not a check of this contract.
const notACheck: CustomerOperatingDashboardCheck = 'coffee_machine';

export const used = [schemaVersion, status, check, parsed, notACheck];
`;

/**
 * A tsconfig for one resolution mode. Library checking stays on (`skipLibCheck: false`), so
 * the published declarations themselves are type-checked. The DOM library is loaded because
 * valibot's declarations name `Blob` and `File`; Node's types are not.
 *
 * @param {'node16' | 'bundler'} mode The `moduleResolution`.
 * @param {string[]} files The files to check.
 * @returns {string} The tsconfig JSON.
 */
export function consumerTsconfig(mode, files) {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: mode === 'node16' ? 'Node16' : 'ESNext',
        moduleResolution: mode === 'node16' ? 'Node16' : 'Bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files,
    },
    null,
    2,
  )}\n`;
}
