export { escapeHtml } from './render/escape-html.js';
export { READINESS_CSS } from './render/readiness-css.js';
export { type RenderFleetOptions, renderFleet } from './render/render-fleet.js';
export {
  type RenderReadinessOptions,
  renderGlossary,
  renderReadiness,
} from './render/render-readiness.js';
export {
  REPORT_CSP,
  type RenderReportPageOptions,
  renderReportPage,
} from './render/render-report-page.js';
export {
  type RenderTenantOptions,
  renderTenant,
  type SharedFacts,
} from './render/render-tenant.js';
export {
  type ConsoleCheck,
  type ConsoleContract,
  consoleContract,
} from './view/console-contract.js';
export { type CheckedDocument, fleetEntry } from './view/fleet-entry.js';
export {
  type FleetEntry,
  type FleetView,
  fleetView,
  ISSUES_PER_DOCUMENT,
  type OperationFleet,
  type RejectedDocument,
  rejectedDocument,
  type StatusCount,
} from './view/fleet-view.js';
export type { FormField, FormFieldKind } from './view/form-fields.js';
export { RESPONSE_STATUS_MEANINGS, responseStatusMeaning } from './view/response-status-meaning.js';
export { type StatusOrder, type StatusTone, statusTone } from './view/status-tone.js';
export { type CheckRow, type ClaimRow, type TenantView, tenantView } from './view/tenant-view.js';
