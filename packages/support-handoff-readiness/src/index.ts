// The root export is the newest schema version; `@cavra/support-handoff-readiness/v1` pins v1.
export * from './v1/index.js';
