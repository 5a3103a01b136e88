// The card UI arrives on first need: loaded once, asked for again after a failure, and read from the isolated
// world's global once the background has injected it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LOAD_CARD_UI, provideCardUi, type CardUi } from '../../../common/card-ui';
import { LazyCard, loadCardUi } from '../../../content/lazy-card';

// The polyfill refuses to load outside an extension; vitest hoists this above the imports.
const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage } } }));

type Host = Awaited<ReturnType<InstanceType<typeof LazyCard>['load']>>;

/** Stands for the <castmark-card> element as events see it. */
const cardElement = new EventTarget();

function fakeHost(open: boolean): Host {
  return { isOpen: open, contains: (target: unknown) => open && target === cardElement, close: vi.fn() } as unknown as Host;
}

afterEach(() => {
  sendMessage.mockReset();
  delete (globalThis as Record<string, unknown>).__castmarkCardUi;
});

describe('LazyCard', () => {
  test('nothing is open or under the pointer before the UI has loaded, and closing is harmless', () => {
    const card = new LazyCard(() => new Promise(() => undefined));
    expect(card.isOpen).toBe(false);
    expect(card.contains(cardElement)).toBe(false);
    expect(() => card.close()).not.toThrow();
  });

  test('loads the UI once, however often it is asked', async () => {
    const host = fakeHost(true);
    const create = vi.fn(async () => host);
    const card = new LazyCard(create);
    const [first, second] = await Promise.all([card.load(), card.load()]);
    expect(await card.load()).toBe(host);
    expect(first).toBe(second);
    expect(create).toHaveBeenCalledTimes(1);
    expect(card.isOpen).toBe(true);
    expect(card.contains(cardElement)).toBe(true);
  });

  test('after a failed load the next need asks again', async () => {
    const host = fakeHost(false);
    const create = vi.fn().mockRejectedValueOnce(new Error('background restarting')).mockResolvedValueOnce(host);
    const card = new LazyCard(create);
    await expect(card.load()).rejects.toThrow('background restarting');
    expect(await card.load()).toBe(host);
    expect(create).toHaveBeenCalledTimes(2);
  });
});

describe('loadCardUi', () => {
  const ui = { CardHost: class {} } as unknown as CardUi;

  test('asks the background to inject the UI, then reads what the injected script registered', async () => {
    sendMessage.mockImplementation(async () => {
      provideCardUi(ui); // what card-ui.js does when the background injects it into this world
      return { ok: true };
    });
    expect(await loadCardUi()).toBe(ui);
    expect(sendMessage).toHaveBeenCalledWith({ type: LOAD_CARD_UI });
  });

  test('does not ask again once the UI is in this world', async () => {
    provideCardUi(ui);
    expect(await loadCardUi()).toBe(ui);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('fails when the injection registered nothing (so the next hover asks again)', async () => {
    sendMessage.mockResolvedValue({ ok: true });
    await expect(loadCardUi()).rejects.toThrow('did not register');
  });
});
