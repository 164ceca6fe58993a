import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContractSchemaVersion,
  RequestSchemaVersion,
  ResponseSchemaVersion,
} from '../v1/versions.js';
import type {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
} from './status-order.js';
import type {
  AutomationStatusSchema,
  ReadinessStatusSchema,
  ResponseStatusSchema,
} from './status-schemas.js';
import type {
  AUTOMATION_STATUSES,
  AutomationStatus,
  DEFAULT_RESPONSE_STATUS,
  DEFAULT_SUMMARY_STATUS,
  READINESS_STATUSES,
  ReadinessStatus,
  ResponseStatus,
} from './statuses.js';

describe('status types are unions of the vocabulary literals', () => {
  it('ReadinessStatus is ready | degraded | blocked | unknown', () => {
    expectTypeOf<ReadinessStatus>().toEqualTypeOf<'ready' | 'degraded' | 'blocked' | 'unknown'>();
  });

  it('AutomationStatus is ready | scheduled | enabled | automated | blocked | unknown', () => {
    expectTypeOf<AutomationStatus>().toEqualTypeOf<
      'ready' | 'scheduled' | 'enabled' | 'automated' | 'blocked' | 'unknown'
    >();
  });

  it('ResponseStatus is accepted | unavailable | requires_private_service', () => {
    expectTypeOf<ResponseStatus>().toEqualTypeOf<
      'accepted' | 'unavailable' | 'requires_private_service'
    >();
  });

  it('the default response status is the literal requires_private_service', () => {
    expectTypeOf<typeof DEFAULT_RESPONSE_STATUS>().toEqualTypeOf<'requires_private_service'>();
  });

  it('the default summary status is the literal unknown', () => {
    expectTypeOf<typeof DEFAULT_SUMMARY_STATUS>().toEqualTypeOf<'unknown'>();
  });

  it('vocabularies are read-only tuples in declaration order', () => {
    expectTypeOf<typeof READINESS_STATUSES>().toEqualTypeOf<
      readonly ['ready', 'degraded', 'blocked', 'unknown']
    >();
    expectTypeOf<typeof AUTOMATION_STATUSES>().toEqualTypeOf<
      readonly ['ready', 'scheduled', 'enabled', 'automated', 'blocked', 'unknown']
    >();
  });

  it('a plain string is not a status', () => {
    expectTypeOf<string>().not.toExtend<ReadinessStatus>();
    expectTypeOf<'degraded'>().not.toExtend<AutomationStatus>();
  });
});

describe('status orders are read-only tuples from worst to best', () => {
  it('types READINESS_SEVERITY as blocked, unknown, degraded, ready', () => {
    expectTypeOf<typeof READINESS_SEVERITY>().toEqualTypeOf<
      readonly ['blocked', 'unknown', 'degraded', 'ready']
    >();
  });

  it('types AUTOMATION_SEVERITY as blocked, unknown, scheduled, enabled, automated, ready', () => {
    expectTypeOf<typeof AUTOMATION_SEVERITY>().toEqualTypeOf<
      readonly ['blocked', 'unknown', 'scheduled', 'enabled', 'automated', 'ready']
    >();
  });

  it('types the satisfied sets as tuples of their statuses', () => {
    expectTypeOf<typeof READINESS_SATISFIED>().toEqualTypeOf<readonly ['ready']>();
    expectTypeOf<typeof AUTOMATION_SATISFIED>().toEqualTypeOf<
      readonly ['scheduled', 'enabled', 'automated', 'ready']
    >();
  });
});

describe('status schemas infer the status types', () => {
  it('infers each schema’s output as its status union', () => {
    expectTypeOf<v.InferOutput<typeof ReadinessStatusSchema>>().toEqualTypeOf<ReadinessStatus>();
    expectTypeOf<v.InferOutput<typeof AutomationStatusSchema>>().toEqualTypeOf<AutomationStatus>();
    expectTypeOf<v.InferOutput<typeof ResponseStatusSchema>>().toEqualTypeOf<ResponseStatus>();
  });
});

describe('schema versions are literal types', () => {
  it('keeps each version string as its literal', () => {
    expectTypeOf<RequestSchemaVersion>().toEqualTypeOf<'cavra.saas_control_plane.request.v1'>();
    expectTypeOf<ResponseSchemaVersion>().toEqualTypeOf<'cavra.saas_control_plane.response.v1'>();
    expectTypeOf<ContractSchemaVersion>().toEqualTypeOf<'cavra.saas_control_plane.contract.v1'>();
  });
});
