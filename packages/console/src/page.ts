export { CONSOLE_CSP } from './page/console-csp.js';
export { CONSOLE_CSS } from './page/console-css.js';
export { CONSOLE_SCRIPT } from './page/console-script.js';
export {
  type ConsolePaths,
  type RenderConsolePageOptions,
  renderConsolePage,
} from './page/render-console-page.js';
