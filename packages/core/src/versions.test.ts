import { describe, expect, it } from 'vitest';
import {
  CONTRACT_SCHEMA_VERSION,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  V1,
} from './v1/versions.js';
import { V2 } from './v2/versions.js';
import {
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMA_VERSIONS,
  documentKindOf,
  SCHEMA_VERSIONS,
  versionTagOf,
} from './versions.js';

describe('document kinds and their schema versions', () => {
  it('lists request before response, frozen', () => {
    expect(DOCUMENT_KINDS).toEqual(['request', 'response']);
    expect(Object.isFrozen(DOCUMENT_KINDS)).toBe(true);
  });

  it('pairs each kind with the v1 schema version it carries', () => {
    expect(DOCUMENT_SCHEMA_VERSIONS).toEqual({
      request: REQUEST_SCHEMA_VERSION,
      response: RESPONSE_SCHEMA_VERSION,
    });
    expect(Object.isFrozen(DOCUMENT_SCHEMA_VERSIONS)).toBe(true);
    for (const kind of DOCUMENT_KINDS) {
      expect(documentKindOf(DOCUMENT_SCHEMA_VERSIONS[kind])).toBe(kind);
    }
  });

  it('recognises nothing but the two exact versions', () => {
    for (const value of [
      CONTRACT_SCHEMA_VERSION,
      `${REQUEST_SCHEMA_VERSION} `,
      REQUEST_SCHEMA_VERSION.toUpperCase(),
      'cavra.saas_control_plane.request.v3',
      'request',
      '',
      undefined,
      null,
      1,
      [REQUEST_SCHEMA_VERSION],
      { toString: () => REQUEST_SCHEMA_VERSION },
    ]) {
      expect(documentKindOf(value), String(value)).toBeNull();
    }
  });
});

describe('one table lists every published wire format', () => {
  it('holds v1 then v2, frozen', () => {
    expect(SCHEMA_VERSIONS).toEqual([V1, V2]);
    expect(Object.isFrozen(SCHEMA_VERSIONS)).toBe(true);
  });

  it('recognises the request and response of every version in it', () => {
    for (const versions of SCHEMA_VERSIONS) {
      expect(documentKindOf(versions.request)).toBe('request');
      expect(documentKindOf(versions.response)).toBe('response');
      expect(documentKindOf(versions.contract)).toBeNull();
    }
  });

  it('names each version by its tag', () => {
    expect(SCHEMA_VERSIONS.map(versionTagOf)).toEqual(['v1', 'v2']);
  });
});
