import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  parseCustomerOperatingDashboardResponse,
  rollupCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
} from '@cavra/customer-operating-dashboard';

// A public client asks whether tenant-acme's operating dashboard is ready.
const request = buildCustomerOperatingDashboardRequest('tenant-acme', {
  required_checks: ['billing_observability', 'release_acceptance'],
  evidence_window: 'last-7d',
});

// The private service answers with the seven statuses; the rest of the summary
// (scope, boundary, blockers) falls back to the request and the contract defaults.
const response = buildCustomerOperatingDashboardResponse(
  request,
  {
    dashboard_status: 'ready',
    billing_status: 'degraded',
    license_service_status: 'ready',
    support_handoff_status: 'ready',
    customer_success_status: 'ready',
    escalation_status: 'ready',
    release_closeout_status: 'ready',
    latest_dashboard_at: '2026-11-21T09:30:00Z',
    blockers: ['billing export is six hours late'],
  },
  { status: 'accepted' },
);

// The object is the wire form: send JSON.stringify(response), parse it on the other side.
const received = parseCustomerOperatingDashboardResponse(JSON.parse(JSON.stringify(response)));
const rollup = rollupCustomerOperatingDashboard(received.payload.summary);
console.log(rollup.status); // 'degraded'
console.log(rollup.attention.map((entry) => entry.check)); // ['billing_observability']

// Untrusted input: safeParse never throws, and every issue names its field and JSON path.
const result = safeParseCustomerOperatingDashboardRequest({
  ...request,
  payload: { required_checks: ['billing'] },
});
if (!result.success) console.log(result.issues[0]?.path); // 'payload.required_checks[0]'
