export {
  type CompatContractDocument,
  type CompatOperation,
  compatContractDocument,
} from './compat-contract.js';
export { type CompatSource, compatContractOf } from './compat-contracts.js';
export { compatDetail } from './compat-detail.js';
export { type CompatField, compatFields, summaryStatusDefault } from './compat-fields.js';
export { buildCompatPair, COMPAT_TENANT_FIELD, type CompatPair } from './compat-pair.js';
