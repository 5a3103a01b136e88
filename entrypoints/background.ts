import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handle, startRouter } from '../background/router';
import { registerCardCommand } from '../background/card-command';
import { registerMatcherService } from '../background/matcher-service';

export default defineBackground(() => {
  handle('ping', () => ({ ok: true, version: browser.runtime.getManifest().version }));
  registerCardCommand();
  registerMatcherService();
  startRouter();
});
