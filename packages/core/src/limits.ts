/**
 * Bounds every contract enforces on free text and lists. Documented in the README;
 * changing one is a wire change.
 */
export const LIMITS = {
  /** Longest identifier (`tenant_id`, `requested_by`), after trimming. */
  identifierLength: 128,
  /** Longest label (scope, window, cadence, tier). */
  labelLength: 128,
  /** Longest free text (boundary, message, next step). */
  textLength: 2000,
  /** Longest single blocker. */
  blockerLength: 500,
  /** Most blockers in one summary. */
  blockerCount: 50,
} as const;
