// The root export is the newest schema version; `@cavra/customer-operating-dashboard/v1` pins v1.
export * from './v1/index.js';
