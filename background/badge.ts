// The toolbar badge: how many names Castmark marked on the tab, or that it is paused there.
import { browser } from 'wxt/browser';
import { handle } from './router';

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`: same calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export function badgeText(count: number, paused: boolean): string {
  if (paused || !(count > 0)) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export function badgeTitle(count: number, paused: boolean): string {
  if (paused) return 'Castmark is paused on this site';
  const n = Math.max(0, Math.floor(count) || 0);
  return `Castmark: ${n} ${n === 1 ? 'name' : 'names'} on this page`;
}

export function registerBadge(): void {
  handle('reportCount', async ({ count, paused }, { tabId }) => {
    if (tabId === undefined) return { ok: true };
    const action = toolbarAction();
    await Promise.all([
      action.setBadgeText({ tabId, text: badgeText(count, paused) }),
      action.setTitle({ tabId, title: badgeTitle(count, paused) }),
      action.setBadgeBackgroundColor?.({ tabId, color: '#5b3cc4' }),
    ]).catch(() => undefined); // the tab may have closed meanwhile
    return { ok: true };
  });
}
