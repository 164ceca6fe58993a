// The root export is the newest schema version (v2). `@cavra/support-handoff-readiness/v1`
// pins v1 and `@cavra/support-handoff-readiness/v2` pins v2.
export * from './v2/index.js';
