import { READINESS_CSS } from '../render/readiness-css.js';

/** The console page's style sheet: the readiness views' plus its forms. */
export const CONSOLE_CSS = `${READINESS_CSS}
.panel{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem 1rem;margin:1rem 0}
label,legend{font-weight:600;display:block;margin:.6rem 0 .2rem}
.choice-list label,.inline{font-weight:400;display:inline-flex;gap:.35rem;align-items:center;margin:.15rem 1rem .15rem 0}
.hint{color:var(--muted);margin:.1rem 0 .3rem;font-size:.92rem}
input[type=text],select,textarea{font:inherit;width:100%;max-width:40rem;padding:.35rem .5rem;border:1px solid #5d6573;border-radius:.3rem;background:#fff;color:var(--ink)}
textarea{min-height:6rem}
textarea.documents{max-width:none;min-height:10rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
textarea.dragging{outline:3px dashed #0b4fa8}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:.75rem 0;padding:.25rem .75rem .75rem}
button{font:inherit;font-weight:600;padding:.4rem .9rem;margin:.75rem .5rem 0 0;border-radius:.3rem;border:1px solid #0b4fa8;background:#0b4fa8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4fa8}
pre.json{background:var(--tint);border:1px solid var(--line);padding:.75rem;overflow:auto;max-height:28rem;white-space:pre-wrap;overflow-wrap:anywhere}
.status-line{font-weight:600}
.error-list{color:#8a1212}
`;
