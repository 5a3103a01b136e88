// The card's CSS as a string, so it can live in a shadow root (content script) or a <style> (popup) alike.
// Everything is scoped under .cm-card; colours follow the page's prefers-color-scheme.
export const CARD_CSS = `
.cm-card {
  --cm-bg: #ffffff; --cm-fg: #1c1d21; --cm-muted: #60636d; --cm-line: #e4e5ea; --cm-accent: #1a6fd8;
  --cm-chip: #eef1f6; --cm-chip-fg: #33384a; --cm-star: #d99a00; --cm-hover: #f3f5f9;
  box-sizing: border-box; width: 100%; max-height: inherit; overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px 10px; background: var(--cm-bg); color: var(--cm-fg);
  font: 13px/1.42 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", sans-serif;
  text-align: left; user-select: text; -webkit-user-select: text; cursor: auto; overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .cm-card {
    --cm-bg: #1f2126; --cm-fg: #eceef3; --cm-muted: #a3a8b5; --cm-line: #363a44; --cm-accent: #7db4ff;
    --cm-chip: #2d313b; --cm-chip-fg: #d8dce6; --cm-star: #f2c14e; --cm-hover: #2a2e37;
  }
}
.cm-card *, .cm-card *::before, .cm-card *::after { box-sizing: border-box; }
.cm-card h2 { margin: 0; font-size: 15px; line-height: 1.3; font-weight: 650; }
.cm-card p { margin: 0; }
.cm-head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 2px; }
.cm-head h2 { flex: 1; }
.cm-kind { font-size: 10.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--cm-muted); }
.cm-meta { color: var(--cm-muted); font-size: 12px; }
.cm-also { color: var(--cm-muted); font-size: 12px; margin-top: 2px; }
.cm-section { margin-top: 9px; padding-top: 8px; border-top: 1px solid var(--cm-line); }
.cm-section-title { font-size: 10.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--cm-muted); margin-bottom: 4px; }
.cm-list { list-style: none; margin: 0; padding: 0; }
.cm-list li { padding: 3px 0; }
.cm-list li + li { border-top: 1px dashed var(--cm-line); }
.cm-row { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 6px; }
.cm-sub { color: var(--cm-muted); font-size: 12px; }
.cm-chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 5px; }
.cm-chip { display: inline-block; padding: 1px 7px; border-radius: 999px; background: var(--cm-chip); color: var(--cm-chip-fg); font-size: 11px; line-height: 17px; }
.cm-score { display: inline-flex; align-items: baseline; gap: 4px; margin-top: 5px; font-size: 12px; }
.cm-star { color: var(--cm-star); }
.cm-card a { color: var(--cm-accent); text-decoration: none; }
.cm-card a:hover { text-decoration: underline; }
.cm-link { all: unset; color: var(--cm-accent); cursor: pointer; font-weight: 550; border-radius: 3px; }
.cm-link:hover { text-decoration: underline; }
.cm-link:focus-visible { outline: 2px solid var(--cm-accent); outline-offset: 1px; }
.cm-more { all: unset; margin-top: 4px; color: var(--cm-accent); cursor: pointer; font-size: 12px; }
.cm-more:hover { text-decoration: underline; }
.cm-nav { all: unset; cursor: pointer; color: var(--cm-muted); font-size: 12px; padding: 0 4px; border-radius: 4px; }
.cm-nav:hover { background: var(--cm-hover); color: var(--cm-fg); }
.cm-empty { color: var(--cm-muted); }
`;
