/** Replaced at build time by the bundled console script (see `tsup.config.ts`). */
declare const __CONSOLE_SCRIPT__: string;

/**
 * The console page's script, bundled from `src/browser` at build time into one file with no
 * import: served as a same-origin asset, so the page needs no inline script. It holds the
 * same renderer as the static report.
 */
export const CONSOLE_SCRIPT: string = __CONSOLE_SCRIPT__;
