// The root export is the newest schema version; `@cavra/saas-operating-automation-worker-handoff/v1` pins v1.
export * from './v1/index.js';
