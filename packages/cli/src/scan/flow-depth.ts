/**
 * The deepest flow nesting (`[` and `{`) a JSON or YAML file may have to be read as a
 * document. The YAML parser's cost grows with nesting depth; a deeper file is scanned as
 * text instead, which still finds every credential, only without JSON paths.
 */
export const MAX_FLOW_DEPTH = 64;

/**
 * Tells whether a text nests `[` and `{` deeper than a bound, counting every bracket,
 * also those inside strings: an over-count only makes a file scanned as text, while an
 * under-count could let a hostile file slow the parser down.
 *
 * @param text The file's text.
 * @param max The deepest nesting allowed.
 * @returns `true` when some point of the text is nested deeper than `max`.
 */
export function exceedsFlowDepth(text: string, max: number = MAX_FLOW_DEPTH): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > max) return true;
    } else if ((code === 0x5d || code === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return false;
}
