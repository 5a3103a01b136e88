// Castmark on every page: scan text, mark mentions with the CSS Custom Highlight API, open a card on hover.
// The catalogue lives in the background; this script only extracts text and asks (see content/page.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ask, type TabMessage } from '../common/messages';
import { loadSettings, watchSettings } from '../common/settings';
import { CastmarkPage } from '../content/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // document_idle: Chromium runs the script in a task of its own once DOMContentLoaded is over, so compiling it and
  // reading the settings never lengthen the page's own DOMContentLoaded task (with document_end they added ~10 ms
  // to it, enough to push a page's 45 ms task over the 50 ms long-task line).
  runAt: 'document_idle',
  // WXT's start-up `window.postMessage` only serves WXT versions older than ours (this one signals its restarts
  // with a DOM event); it would hand every page's message listeners an event naming the extension's id.
  noScriptStartedPostMessage: true,
  async main() {
    // Castmark is built when the settings arrive, in a task of its own.
    const settings = await loadSettings();
    const page = new CastmarkPage(document, {
      match: async (texts, aboutScreen) => (await ask('match', { texts, aboutScreen })).mentions,
      entity: async (kind, id) => (await ask('entity', { kind, id })).card,
      reportCount: (count, paused) => void ask('reportCount', { count, paused }).catch(() => undefined),
    });
    watchSettings((next) => page.applySettings(next));
    browser.runtime.onMessage.addListener((message: unknown) => {
      const tabMessage = message as TabMessage;
      if (tabMessage?.type === 'openCardAtSelection') page.openAtSelection();
      return undefined;
    });
    page.applySettings(settings);
  },
});
