import type { AutomationStatus, ReadinessStatus } from './statuses.js';

/**
 * Readiness statuses from worst to best: a `blocked` check outweighs a check with no
 * evidence (`unknown`), which outweighs a `degraded` one (no evidence is never healthier
 * than partial evidence); `ready` only wins when every check is.
 */
export const READINESS_SEVERITY = [
  'blocked',
  'unknown',
  'degraded',
  'ready',
] as const satisfies readonly ReadinessStatus[];

/**
 * Automation statuses from worst to best. `blocked` is worst and `unknown` (no evidence)
 * next. Then the automation's progress: `scheduled` (planned, not yet running) is behind
 * `enabled` (switched on), which is behind `automated` (runs unattended), and `ready`
 * (verified end to end) is best.
 */
export const AUTOMATION_SEVERITY = [
  'blocked',
  'unknown',
  'scheduled',
  'enabled',
  'automated',
  'ready',
] as const satisfies readonly AutomationStatus[];

/** Readiness statuses that need no attention. */
export const READINESS_SATISFIED = ['ready'] as const satisfies readonly ReadinessStatus[];

/**
 * Automation statuses that need no attention: the automation is scheduled, enabled,
 * automated or ready. Only `blocked` and `unknown` ask for a person.
 */
export const AUTOMATION_SATISFIED = [
  'scheduled',
  'enabled',
  'automated',
  'ready',
] as const satisfies readonly AutomationStatus[];
