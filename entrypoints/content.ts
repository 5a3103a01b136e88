import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_end',
  main() {
    document.documentElement.dataset.castmark = 'ready';
  },
});
