import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  parseSupportHandoffReadinessResponse,
  rollupSupportHandoffReadiness,
  safeParseSupportHandoffReadinessRequest,
} from '@cavra/support-handoff-readiness';

// A public client asks whether support for tenant-acme can be handed off.
const request = buildSupportHandoffReadinessRequest('tenant-acme', {
  support_tier: 'premium',
  required_checks: ['support_owner_assignment', 'escalation_routing', 'release_owner_acceptance'],
});

// The private service answers with the six statuses; support_tier, handoff_scope and the
// boundary come from the request unless the summary gives them.
const response = buildSupportHandoffReadinessResponse(request, {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'blocked',
  health_review_status: 'ready',
  dashboard_status: 'unknown',
  release_owner_status: 'degraded',
  blockers: ['no on-call rotation for the EU region'],
});

// The object is the wire form: send JSON.stringify(response), parse it on the other side.
const received = parseSupportHandoffReadinessResponse(JSON.parse(JSON.stringify(response)));
const rollup = rollupSupportHandoffReadiness(received.payload.summary);
console.log(rollup.status); // 'blocked'
console.log(
  rollup.attention.filter((entry) => entry.status === 'blocked').map((entry) => entry.check),
); // ['escalation_routing']
// Since schema v2, release_owner_acceptance is reported by release_owner_status.
console.log(rollup.checks.at(-1)); // { check: 'release_owner_acceptance', field: 'release_owner_status', status: 'degraded' }

// Untrusted input: safeParse never throws, and every issue names its field and JSON path.
const result = safeParseSupportHandoffReadinessRequest({
  ...request,
  payload: { ...request.payload, support_tier: '' },
});
if (!result.success) console.log(result.issues[0]?.path); // 'payload.support_tier'
