// The main job until the CLI lands: build a synthetic dashboard request and response,
// roll it up, and show the guard refusing a token-shaped value.
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  rollupCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
} from '@cavra/customer-operating-dashboard';

const request = buildCustomerOperatingDashboardRequest('tenant-demo');
const statuses = Object.fromEntries(CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS.map((f) => [f, 'ready']));
const response = buildCustomerOperatingDashboardResponse(request, {
  ...statuses,
  billing_status: 'degraded',
  blockers: ['invoice export is two days behind'],
});
const rollup = rollupCustomerOperatingDashboard(response.payload.summary);
console.log(`customer_operating_dashboard for ${rollup.tenant_id}: ${rollup.status}`);
for (const { check, status } of rollup.checks) console.log(`  ${check.padEnd(28)} ${status}`);

const leaked = { ...request, tenant_id: `ghp_${'x'.repeat(36)}` };
const result = safeParseCustomerOperatingDashboardRequest(leaked);
console.log(result.success ? 'guard missed a token!' : `guard: ${result.issues[0]?.message}`);
