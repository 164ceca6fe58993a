import { OPERATIONS } from '@cavra/contracts-http';

/** A tenant id that would be an image with a script handler if it ever became markup. */
export const HOSTILE_TENANT = '<img src=x onerror=alert(1)>';

/** A blocker that would be a script and bold text if it ever became markup. */
export const MARKUP_BLOCKER = '<script>alert(2)</script><b>escalation owner missing</b>';

const [first] = OPERATIONS;
if (first === undefined) throw new Error('no contract is registered');

/**
 * A response the parser accepts whose blocker looks like markup.
 *
 * @returns The response.
 */
export function acceptedWithMarkupBlocker(): Record<string, unknown> {
  const { contract } = first as (typeof OPERATIONS)[number];
  const request = contract.buildRequest('tenant-markup-blocker');
  const summary: Record<string, unknown> = { blockers: [MARKUP_BLOCKER] };
  for (const field of Object.values(contract.spec.checkFields)) {
    if (field !== null) summary[field] = contract.spec.severity[0];
  }
  for (const field of contract.spec.overallFields ?? []) summary[field] = contract.spec.severity[0];
  return contract.buildResponse(request, summary) as Record<string, unknown>;
}

/**
 * A response the parser rejects (a status outside the vocabulary) whose tenant id is markup.
 *
 * @returns The response.
 */
export function rejectedWithHostileTenant(): Record<string, unknown> {
  const response = structuredClone(acceptedWithMarkupBlocker());
  const payload = response['payload'] as { summary: Record<string, unknown> };
  payload.summary['tenant_id'] = HOSTILE_TENANT;
  const field = Object.values(
    (first as (typeof OPERATIONS)[number]).contract.spec.checkFields,
  ).find((name) => name !== null);
  if (field) payload.summary[field] = 'on-fire';
  return response;
}
