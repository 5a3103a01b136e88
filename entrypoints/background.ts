import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handle, startRouter } from '../background/router';
import { registerDatabase } from '../background/db-service';
import { registerSeeding } from '../background/seeding';
import { registerBadge } from '../background/badge';
import { registerCardCommand } from '../background/card-command';
import { registerCardUiInjector } from '../background/card-ui-injector';
import { matcherLoad, registerMatcherService } from '../background/matcher-service';

export default defineBackground(() => {
  handle('ping', () => ({ ok: true, version: browser.runtime.getManifest().version, matcher: matcherLoad() }));
  registerDatabase();
  registerSeeding();
  registerBadge();
  registerCardCommand();
  registerCardUiInjector();
  registerMatcherService();
  startRouter();
});
