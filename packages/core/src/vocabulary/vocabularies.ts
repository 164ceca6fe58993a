import {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
} from './status-order.js';
import { AUTOMATION_STATUSES, READINESS_STATUSES } from './statuses.js';

/** A status vocabulary as a contract declares it: its statuses, their order, and which are fine. */
export interface StatusVocabulary<TStatus extends string = string> {
  /** Every status, in vocabulary order. */
  readonly statuses: readonly TStatus[];
  /** The same statuses from worst to best: the rollup order. */
  readonly order: readonly TStatus[];
  /** The statuses that need no attention. */
  readonly satisfied: readonly TStatus[];
}

/** The readiness vocabulary (dashboard, support handoff). */
export const READINESS = /* @__PURE__ */ Object.freeze({
  statuses: READINESS_STATUSES,
  order: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
}) satisfies StatusVocabulary;

/** The automation vocabulary (operating automation). */
export const AUTOMATION = /* @__PURE__ */ Object.freeze({
  statuses: AUTOMATION_STATUSES,
  order: AUTOMATION_SEVERITY,
  satisfied: AUTOMATION_SATISFIED,
}) satisfies StatusVocabulary;
