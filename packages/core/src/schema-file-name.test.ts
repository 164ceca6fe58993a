import { describe, expect, it } from 'vitest';
import { schemaFileName } from './schema-file-name.js';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION } from './v1/versions.js';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMA_VERSIONS } from './versions.js';

describe('the JSON Schema file of a schema version', () => {
  it('is request.v1.json and response.v1.json for the v1 envelopes', () => {
    expect(schemaFileName(REQUEST_SCHEMA_VERSION)).toBe('request.v1.json');
    expect(schemaFileName(RESPONSE_SCHEMA_VERSION)).toBe('response.v1.json');
  });

  it('is named after the kind of each document', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(schemaFileName(DOCUMENT_SCHEMA_VERSIONS[kind])).toBe(`${kind}.v1.json`);
    }
  });

  it('follows a later version', () => {
    expect(schemaFileName('cavra.saas_control_plane.response.v2')).toBe('response.v2.json');
  });
});
