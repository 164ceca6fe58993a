import { CONTRACT_SCHEMA_VERSION } from '@cavra/contracts-core';
import { REGISTRY } from '../registry.js';
import { compatContractOf } from './compat-contracts.js';

/** One operation of the compatibility contract listing: its name and schema versions. */
export interface CompatOperation {
  /** The operation name. */
  readonly name: string;
  /** The schema version its requests carry. */
  readonly request: string;
  /** The schema version its responses carry. */
  readonly response: string;
}

/** The contract as the reference implementation describes it (`saas contract`). */
export interface CompatContractDocument {
  /** The contract version. */
  readonly schema_version: typeof CONTRACT_SCHEMA_VERSION;
  /** The product. */
  readonly product: 'CAVRA';
  /** What this public repository holds and does not hold. */
  readonly public_repository_boundary: {
    readonly contains_saas_backend: false;
    readonly contains_license_service: false;
    readonly contains_customer_records: false;
    readonly purpose: string;
  };
  /** Every registered operation, in registry order. */
  readonly operations: readonly CompatOperation[];
}

/**
 * Describes the contract in the reference implementation's layout (what
 * `GET /saas/control-plane/contract` and `cavra-contracts saas contract` answer): the contract
 * version, the repository boundary, and each registered operation by `name` with the schema
 * versions of its request and response, at the version the reference speaks ({@link compatContractOf}). A fresh plain-JSON value each call.
 *
 * @returns The document.
 */
export function compatContractDocument(): CompatContractDocument {
  return {
    schema_version: CONTRACT_SCHEMA_VERSION,
    product: 'CAVRA',
    public_repository_boundary: {
      contains_saas_backend: false,
      contains_license_service: false,
      contains_customer_records: false,
      purpose:
        'Shapes and validation of the requests and responses exchanged with the private CAVRA service; no backend, data or credentials.',
    },
    operations: REGISTRY.map(compatContractOf).map(({ declaration }) => ({
      name: declaration.operation,
      request: declaration.versions.request,
      response: declaration.versions.response,
    })),
  };
}
