// Castmark's only kind of node in a page: <castmark-card>, with an open shadow root the page's styles cannot
// reach. The card (content/card-host.tsx) and the overlay marks (content/overlay-marks.ts) each make one this way;
// free of Preact so the overlay does not pull the card UI in.

export const HOST_TAG = 'castmark-card';

export interface HostElement {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/** A constructed stylesheet (works under a strict CSP), or null where the browser has none. */
export function constructedSheet(css: string): CSSStyleSheet | null {
  if (typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** A detached `<castmark-card>` host with an open shadow root styled by `sheet`, ready to be a manual popover. */
export function createHostElement(doc: Document, sheet: CSSStyleSheet | null): HostElement {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  host.setAttribute('popover', 'manual');
  return { host, shadow };
}

/** Append the host to `<html>` and lift it into the top layer, above every z-index and outside every overflow clip. */
export function showHostElement(doc: Document, host: HTMLElement): void {
  if (host.isConnected) return;
  doc.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    // no popover support: the host's fixed position and maximal z-index still apply
  }
}
