export { createRequestSchema, createResponseSchema } from './envelope.js';
export {
  CONTRACT_SCHEMA_VERSION,
  type ContractSchemaVersion,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  type RequestSchemaVersion,
  type ResponseSchemaVersion,
  type SchemaVersions,
  V1,
} from './versions.js';
