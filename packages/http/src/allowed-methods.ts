/** A registered route: its method and its Hono path pattern (`/v1/operations/:operation`). */
export interface RouteEntry {
  readonly method: string;
  readonly path: string;
}

/**
 * Lists the methods registered for a concrete path, so that a known path asked with the
 * wrong method is answered 405 with an `Allow` header rather than 404. `HEAD` is allowed
 * wherever `GET` is; middleware entries (`ALL`) are ignored.
 *
 * @param routes The app's routes (`app.routes`).
 * @param path The request path.
 * @returns The allowed methods, sorted; empty when no route has this path.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method === 'ALL' || !matches(route.path.split('/'), segments)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods].sort();
}

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  if (pattern.length !== segments.length) return false;
  return pattern.every((part, index) => {
    const segment = segments[index] as string;
    return part.startsWith(':') ? segment !== '' : part === segment;
  });
}
