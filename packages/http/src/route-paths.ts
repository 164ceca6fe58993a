/** The path pattern of every route but the per-operation compatibility routes. */
export const ROUTES = {
  health: '/healthz',
  contract: '/v1/contract',
  operations: '/v1/operations',
  operation: '/v1/operations/:operation',
  schema: '/v1/operations/:operation/schema/:kind',
  requests: '/v1/operations/:operation/requests',
  responses: '/v1/operations/:operation/responses',
  validate: '/v1/validate',
  openapi: '/openapi.json',
  compatContract: '/saas/control-plane/contract',
} as const;

/**
 * Fills the `:name` parameters of a path pattern.
 *
 * @param pattern A pattern of {@link ROUTES}.
 * @param params The value of each parameter.
 * @returns The concrete path.
 */
export function fillPath(pattern: string, params: Readonly<Record<string, string>>): string {
  return pattern.replace(/:(\w+)/g, (whole, name: string) => params[name] ?? whole);
}
