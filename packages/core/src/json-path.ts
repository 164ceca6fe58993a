/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats path segments as a JSON path such as `payload.summary.blockers[2]`. Keys that
 * are not plain identifiers are quoted (`["odd key"]`); the root is the empty string.
 *
 * @param segments The keys and indices from the root.
 * @returns The JSON path.
 */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    path += appendSegment(path, segment);
  }
  return path;
}

/**
 * Appends one segment to an existing JSON path.
 *
 * @param path The path so far (`''` for the root).
 * @param segment The key or index to append.
 * @returns The longer path.
 */
export function joinJsonPath(path: string, segment: PathSegment): string {
  return path + appendSegment(path, segment);
}

function appendSegment(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `[${segment}]`;
  if (IDENTIFIER.test(segment)) return path === '' ? segment : `.${segment}`;
  return `[${JSON.stringify(segment)}]`;
}
