// The `open-card` keyboard shortcut (declared in wxt.config.ts): tell the active tab to open the card for
// the mention at its selection or caret. The content script of the focused frame answers.
import { browser } from 'wxt/browser';
import { tellTab } from '../common/messages';

export function registerCardCommand(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await tellTab(tab.id, 'openCardAtSelection', {}).catch(() => {
      // no content script in that tab (a browser page, the web store): nothing to open
    });
  });
}
