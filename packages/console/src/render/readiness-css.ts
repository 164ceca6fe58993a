/**
 * The style sheet of the readiness views: the static report inlines it, the console page
 * serves it. Status colours always sit beside the status word and a mark; text contrast
 * meets WCAG AA; tables scroll sideways on a phone; print drops links and keeps colours.
 */
export const READINESS_CSS = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4a5260;--line:#c9ced6;--paper:#fff;--tint:#f3f5f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
h3,h4,h5,h6{font-size:1.05rem;margin:1rem 0 .4rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
a{color:#0b4fa8}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,.scroll:focus-visible{outline:3px solid #0b4fa8;outline-offset:2px}
.b{display:inline-block;padding:0 .45em;border:1px solid;border-radius:.3em;font-weight:600;white-space:nowrap}
.t-ok{background:#e3f4e8;color:#0f4d25;border-color:#0f4d25}
.t-at{background:#fff1cc;color:#6b3d00;border-color:#6b3d00}
.t-wo{background:#fde3e1;color:#8a1212;border-color:#8a1212}
.t-no{background:#eceef1;color:#3b424d;border-color:#3b424d}
.t-ok::before{content:"\\2713\\a0" / ""}
.t-at::before{content:"!\\a0" / ""}
.t-wo::before{content:"\\2715\\a0" / ""}
.t-no::before{content:"\\2013\\a0" / ""}
.tenant{border:1px solid var(--line);border-radius:.5rem;padding:.25rem 1rem .75rem;margin:1rem 0;background:var(--paper)}
.tenant-id{overflow-wrap:anywhere}
.op-name{color:var(--muted);font-weight:400;font-size:.85em}
.verdict{font-size:1.1rem}
.note{color:var(--muted)}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.25rem 1rem;margin:.5rem 0}
.facts dt{font-weight:600}
.facts dd{margin:0}
table{border-collapse:collapse;margin:.5rem 0;width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--tint)}
tbody th{font-weight:600;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
.operation-table{content-visibility:auto;contain-intrinsic-size:auto 40rem}
.fleet{width:auto;font-size:.9rem}
.fleet td{border-color:var(--line);white-space:nowrap;font-weight:600}
.fleet tbody th{white-space:nowrap;overflow-wrap:normal}
.fleet thead th{position:sticky;top:0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0}
section.operation,.rejected{margin-top:2rem}
section.operation>.tenant{content-visibility:auto;contain-intrinsic-size:auto 12rem}
.glossary{border-top:1px solid var(--line);padding-top:.5rem;color:var(--muted)}
@media (max-width:40rem){body{font-size:15px}main{padding:.5rem}.tenant{padding:.25rem .6rem .6rem}th,td{padding:.2rem .3rem}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.no-print{display:none}a{color:inherit;text-decoration:none}.scroll{overflow:visible}.tenant,.operation-table{break-inside:avoid;content-visibility:visible}.b{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
