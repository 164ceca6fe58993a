import { checksOf, statusFieldsOf, V2 } from '@cavra/contracts-core';
import {
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS as V1_CHECK_FIELDS,
  supportHandoffReadinessDeclaration as v1,
} from '../v1/declaration.js';

export {
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUSES,
} from '../v1/declaration.js';

/**
 * Each check, in contract order, paired with the summary field that reports it. Schema v2
 * changes one fact of v1: `release_owner_acceptance` is reported by `release_owner_status`,
 * which follows `dashboard_status` in the summary.
 */
export const SUPPORT_HANDOFF_READINESS_CHECK_FIELDS = /* @__PURE__ */ Object.freeze({
  ...V1_CHECK_FIELDS,
  release_owner_acceptance: 'release_owner_status',
} as const);

/** The checks, in contract order (the default `required_checks`); as in v1. */
export const SUPPORT_HANDOFF_READINESS_CHECKS = /* @__PURE__ */ checksOf(
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
);

/** The summary status fields, in contract order: v1's five, then `release_owner_status`. */
export const SUPPORT_HANDOFF_READINESS_STATUS_FIELDS = /* @__PURE__ */ statusFieldsOf(
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
);

/**
 * The `support_handoff_readiness` contract, schema version v2, as facts: v1's declaration
 * with the v2 version strings and the check table above. Nothing else differs. Built by pure
 * calls without a spread, so a consumer importing only a vocabulary constant does not keep it (`defineContract`
 * checks it is a `ContractDeclaration`).
 */
export const supportHandoffReadinessDeclaration = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign({}, v1, {
    versions: V2,
    checks: SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  }) as Omit<typeof v1, 'versions' | 'checks'> & {
    readonly versions: typeof V2;
    readonly checks: typeof SUPPORT_HANDOFF_READINESS_CHECK_FIELDS;
  },
);
