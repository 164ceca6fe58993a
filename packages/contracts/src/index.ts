export * from '@cavra/customer-operating-dashboard';
export * from '@cavra/saas-operating-automation';
export * from '@cavra/saas-operating-automation-worker-handoff';
export * from '@cavra/support-handoff-readiness';
export {
  buildCompatPair,
  COMPAT_TENANT_FIELD,
  type CompatContractDocument,
  type CompatField,
  type CompatOperation,
  type CompatPair,
  type CompatSource,
  compatContractDocument,
  compatContractOf,
  compatDetail,
  compatFields,
  summaryStatusDefault,
} from './compat/index.js';
export {
  CONTRACTS,
  type JsonSchema,
  type OperationName,
  PUBLISHED_CONTRACTS,
  REGISTRY,
  type RegisteredContract,
  type RegisteredVersion,
  registerContract,
  registerVersion,
} from './registry.js';
