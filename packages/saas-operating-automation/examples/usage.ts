import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  parseSaasOperatingAutomationResponse,
  rollupSaasOperatingAutomation,
  safeParseSaasOperatingAutomationResponse,
} from '@cavra/saas-operating-automation';

// A public client asks how far tenant-acme's operating automations have come.
const request = buildSaasOperatingAutomationRequest('tenant-acme', {
  automation_cadence: 'hourly',
});

// The private service answers with automation_status and the seven check statuses.
const response = buildSaasOperatingAutomationResponse(request, {
  automation_status: 'enabled',
  billing_monitoring_status: 'automated',
  license_telemetry_status: 'automated',
  support_followup_status: 'enabled',
  customer_success_review_status: 'scheduled',
  dashboard_refresh_status: 'ready',
  escalation_drill_status: 'unknown',
  closeout_retry_status: 'enabled',
});

// The object is the wire form: send JSON.stringify(response), parse it on the other side.
const received = parseSaasOperatingAutomationResponse(JSON.parse(JSON.stringify(response)));
const rollup = rollupSaasOperatingAutomation(received.payload.summary);
console.log(rollup.status); // 'unknown': no evidence for the escalation drill
console.log(rollup.attention.map((entry) => entry.check)); // ['escalation_drill']
console.log(rollup.ready); // false

// Untrusted input: safeParse never throws, and every issue names its field and JSON path.
const result = safeParseSaasOperatingAutomationResponse({
  ...received,
  payload: {
    ...received.payload,
    summary: { ...received.payload.summary, automation_status: 'degraded' },
  },
});
if (!result.success) console.log(result.issues[0]?.path); // 'payload.summary.automation_status'
