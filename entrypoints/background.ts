import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handle, startRouter } from '../background/router';
import { registerCardCommand } from '../background/card-command';

export default defineBackground(() => {
  handle('ping', () => ({ ok: true, version: browser.runtime.getManifest().version }));
  registerCardCommand();
  startRouter();
});
