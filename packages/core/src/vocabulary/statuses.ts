/**
 * Status vocabularies shared by every contract. Plain `as const` arrays: importing one
 * pulls in no schema code.
 */

/** Readiness vocabulary of the dashboard and support-handoff contracts. */
export const READINESS_STATUSES = ['ready', 'degraded', 'blocked', 'unknown'] as const;

/** Automation vocabulary of the operating-automation contract. */
export const AUTOMATION_STATUSES = [
  'ready',
  'scheduled',
  'enabled',
  'automated',
  'blocked',
  'unknown',
] as const;

/** Statuses a private service may answer a request with. */
export const RESPONSE_STATUSES = ['accepted', 'unavailable', 'requires_private_service'] as const;

/** The response status used when a builder is given none. */
export const DEFAULT_RESPONSE_STATUS = 'requires_private_service' satisfies ResponseStatus;

/**
 * The status a front end (the CLI, the HTTP compatibility route) gives a summary status field
 * it is told nothing about: `unknown`, no evidence, which both vocabularies hold.
 */
export const DEFAULT_SUMMARY_STATUS = 'unknown' satisfies ReadinessStatus & AutomationStatus;

/** One readiness status. */
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

/** One automation status. */
export type AutomationStatus = (typeof AUTOMATION_STATUSES)[number];

/** One response status. */
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
