import * as v from 'valibot';
import { AUTOMATION_STATUSES, READINESS_STATUSES, RESPONSE_STATUSES } from './statuses.js';

/** Valibot schema of one readiness status. */
export const ReadinessStatusSchema = v.picklist(READINESS_STATUSES);

/** Valibot schema of one automation status. */
export const AutomationStatusSchema = v.picklist(AUTOMATION_STATUSES);

/** Valibot schema of one response status. */
export const ResponseStatusSchema = v.picklist(RESPONSE_STATUSES);
