import * as v from 'valibot';
import { AUTOMATION_STATUSES, READINESS_STATUSES, RESPONSE_STATUSES } from './statuses.js';

// Marked pure: esbuild keeps a module-level call into another module even when nothing
// uses its result, and a consumer's bundle uses one or none of these.

/** Valibot schema of one readiness status. */
export const ReadinessStatusSchema = /* @__PURE__ */ v.picklist(READINESS_STATUSES);

/** Valibot schema of one automation status. */
export const AutomationStatusSchema = /* @__PURE__ */ v.picklist(AUTOMATION_STATUSES);

/** Valibot schema of one response status. */
export const ResponseStatusSchema = /* @__PURE__ */ v.picklist(RESPONSE_STATUSES);
