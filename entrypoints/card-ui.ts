// The card UI, injected into a tab's frame only when its content script first needs a card (see common/card-ui.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideCardUi } from '../common/card-ui';
import { CardHost } from '../content/card-host';

export default defineUnlistedScript(() => {
  provideCardUi({ CardHost });
});
