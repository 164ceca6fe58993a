import { buildSaasOperatingAutomationRequest } from '@cavra/saas-operating-automation';
import {
  buildSaasOperatingAutomationWorkerHandoffResponse,
  fromAutomationRequest,
  parseSaasOperatingAutomationWorkerHandoffResponse,
  rollupSaasOperatingAutomationWorkerHandoff,
  safeParseSaasOperatingAutomationWorkerHandoffRequest,
} from '@cavra/saas-operating-automation-worker-handoff';

// The automation request came back requires_private_service: hand two of its checks to workers.
const automation = buildSaasOperatingAutomationRequest('tenant-acme', {
  required_checks: ['billing_monitoring', 'closeout_retry'],
});
const request = fromAutomationRequest(automation, {
  worker_mode: 'shadow',
  worker_targets: ['closeout_retry'],
});

// The private service answers with public-safe labels only.
const response = buildSaasOperatingAutomationWorkerHandoffResponse(request, {
  handoff_status: 'planned',
  scheduler_ref: 'scheduler-eu-1',
});

// The object is the wire form: send JSON.stringify(response), parse it on the other side.
const received = parseSaasOperatingAutomationWorkerHandoffResponse(
  JSON.parse(JSON.stringify(response)),
);
const rollup = rollupSaasOperatingAutomationWorkerHandoff(received.payload.summary);
console.log(rollup.status); // 'planned'
console.log(rollup.checks.filter((entry) => entry.targeted).map((entry) => entry.check)); // ['closeout_retry']

// A worker target outside required_checks is refused; the issue names both fields.
const result = safeParseSaasOperatingAutomationWorkerHandoffRequest({
  ...request,
  payload: { ...request.payload, worker_targets: ['dashboard_refresh'] },
});
if (!result.success) console.log(result.issues[0]?.message); // 'worker_targets must name only checks that required_checks names'
