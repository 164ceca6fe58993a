import { defineContract } from '@cavra/contracts-core';
import { supportHandoffReadinessDeclaration } from './declaration.js';

/**
 * The whole contract, schema version v2, as one object: its declaration, schemas and
 * functions. The registry (`@cavra/contracts`) lists it for the CLI and the HTTP API.
 */
export const supportHandoffReadinessContract = /* @__PURE__ */ defineContract(
  supportHandoffReadinessDeclaration,
);
