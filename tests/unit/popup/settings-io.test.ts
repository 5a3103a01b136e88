import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../../lib/settings';
import { addSiteRule, exportSettings, normaliseHost, parseSettingsFile, removeSiteRule } from '../../../lib/settings-io';

const custom: Settings = {
  paused: false, mode: 'only-listed', sites: [{ host: 'example.com', subdomains: true }, { host: 'news.site.org', subdomains: false }],
  hoverDelayMs: 450, markStyle: 'background', kinds: { person: true, title: false },
};
const file = (settings: unknown, extra: object = {}) => JSON.stringify({ kind: 'castmark-settings', version: 1, settings, ...extra });

describe('settings file', () => {
  it('round-trips an export', () => {
    expect(parseSettingsFile(exportSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it('fills settings missing from an older file with defaults', () => {
    expect(parseSettingsFile(file({ paused: true }))).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, paused: true } });
  });

  it.each([
    ['not json', '{oops', 'not JSON'],
    ['another kind', JSON.stringify({ kind: 'other', version: 1, settings: {} }), 'not a Castmark settings export'],
    ['a future version', JSON.stringify({ kind: 'castmark-settings', version: 2, settings: {} }), 'version 2'],
    ['settings not an object', file([]), 'not an object'],
    ['an unknown setting', file({ paused: false, colour: 'red' }), 'Unknown setting “colour”'],
    ['a wrong type', file({ paused: 'yes' }), '“paused”'],
    ['a bad mode', file({ mode: 'sometimes' }), '“mode”'],
    ['a negative delay', file({ hoverDelayMs: -5 }), '“hoverDelayMs”'],
    ['a huge delay', file({ hoverDelayMs: 1e9 }), '“hoverDelayMs”'],
    ['a bad mark style', file({ markStyle: 'blink' }), '“markStyle”'],
    ['bad kinds', file({ kinds: { person: 1 } }), '“kinds”'],
    ['a bad site rule', file({ sites: [{ host: 'a b', subdomains: true }] }), 'Site rule 1'],
    ['a site rule with a path', file({ sites: [{ host: 'example.com/x', subdomains: true }] }), 'Site rule 1'],
    ['a site rule with extra fields', file({ sites: [{ host: 'example.com', subdomains: true, x: 1 }] }), 'Site rule 1'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

describe('host names typed by users', () => {
  it.each([
    ['News.Example.com', 'news.example.com'],
    ['https://news.example.com/story?id=1', 'news.example.com'],
    ['example.com:8080', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com/', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, host) => expect(normaliseHost(input)).toBe(host));

  it.each(['', '   ', 'not a host', 'exa mple.com', '-bad-.com', 'a'.repeat(300), 'javascript:alert(1)'])('refuses %j', (input) => {
    expect(normaliseHost(input)).toBeNull();
  });
});

describe('site rules', () => {
  it('adds a rule for a whole domain or a single host, replacing one for the same host, and removes it', () => {
    let settings = addSiteRule(DEFAULT_SETTINGS, { host: 'example.com', subdomains: true });
    expect(isActiveOn(settings, 'news.example.com')).toBe(false);
    settings = addSiteRule(settings, { host: 'example.com', subdomains: false });
    expect(settings.sites).toEqual([{ host: 'example.com', subdomains: false }]);
    expect(isActiveOn(settings, 'news.example.com')).toBe(true);
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(removeSiteRule(settings, 'example.com').sites).toEqual([]);
  });
});
