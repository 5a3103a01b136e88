import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Tests and helpers may build into their own folder so parallel builds never clobber each other.
const outDir = process.env.CASTMARK_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  imports: false, // explicit imports everywhere: easier to read, and tests import the same modules
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Castmark',
    description: 'Marks show titles, actors and directors on any page about film and TV, with a cast card on hover. Works offline.',
    // `scripting` + host permissions: the background injects the card UI into a tab on its first card
    // (background/card-ui-injector.ts); for MV2 WXT moves the host patterns into `permissions` (tabs.executeScript).
    permissions: ['storage', 'tabs', 'unlimitedStorage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Castmark card for the name at the selection or caret',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'castmark@castmark.dev',
              // 140 (the current ESR): has the CSS Custom Highlight API the marks need and, on desktop,
              // data_collection_permissions. (142 shut out the ESR that Debian ships.)
              strict_min_version: '140.0',
              // Castmark collects nothing: no page text or anything else leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
