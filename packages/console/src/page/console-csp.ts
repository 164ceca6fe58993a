/**
 * The Content-Security-Policy of the console page: script and style only from the page's
 * own origin (no inline script, no external origin), requests only to that origin (the
 * API the page is served with), no frames, no form posts, no plugins.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
