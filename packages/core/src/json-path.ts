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

/** One segment of a written JSON path: a plain key, an index, or a quoted key. */
const SEGMENT = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * Reads a JSON path written by {@link formatJsonPath} back into its segments, each with the
 * length of the path up to its end. Reading stops at the first text that is not a segment
 * (or a quoted key that is not a JSON string), so any text gives an answer, never an error.
 *
 * @param path A JSON path such as `payload.summary.blockers[2]`.
 * @returns The segments read, in order, each with its end offset in `path`.
 */
export function readJsonPath(path: string): { segment: PathSegment; end: number }[] {
  const read: { segment: PathSegment; end: number }[] = [];
  SEGMENT.lastIndex = 0;
  for (let match = SEGMENT.exec(path); match; match = SEGMENT.exec(path)) {
    const [, key, index, quoted = '""'] = match;
    let segment: PathSegment;
    try {
      segment = key ?? (index === undefined ? (JSON.parse(quoted) as string) : Number(index));
    } catch {
      break;
    }
    read.push({ segment, end: SEGMENT.lastIndex });
    if (SEGMENT.lastIndex >= path.length) break;
  }
  return read;
}
