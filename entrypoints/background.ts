import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handle, startRouter } from '../background/router';

export default defineBackground(() => {
  handle('ping', () => ({ ok: true, version: browser.runtime.getManifest().version }));
  startRouter();
});
