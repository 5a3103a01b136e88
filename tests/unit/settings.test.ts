import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, ruleCovers, setActiveOn, type Settings } from '../../lib/settings';

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

describe('ruleCovers', () => {
  test('an exact rule covers its host only', () => {
    const rule = { host: 'news.example.com', subdomains: false };
    expect(ruleCovers(rule, 'news.example.com')).toBe(true);
    expect(ruleCovers(rule, 'NEWS.Example.com')).toBe(true);
    expect(ruleCovers(rule, 'eu.news.example.com')).toBe(false);
    expect(ruleCovers(rule, 'example.com')).toBe(false);
  });

  test('a subdomain rule covers the host and every subdomain, but not look-alike hosts', () => {
    const rule = { host: 'example.com', subdomains: true };
    expect(ruleCovers(rule, 'example.com')).toBe(true);
    expect(ruleCovers(rule, 'a.b.example.com')).toBe(true);
    expect(ruleCovers(rule, 'badexample.com')).toBe(false);
    expect(ruleCovers(rule, 'example.com.evil.net')).toBe(false);
  });
});

describe('isActiveOn', () => {
  test('by default Castmark runs everywhere', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'anything.org')).toBe(true);
  });

  test('all-except mode: listed sites are off, the rest on', () => {
    const s = settings({ sites: [{ host: 'quiet.org', subdomains: true }] });
    expect(isActiveOn(s, 'quiet.org')).toBe(false);
    expect(isActiveOn(s, 'www.quiet.org')).toBe(false);
    expect(isActiveOn(s, 'loud.org')).toBe(true);
  });

  test('only-listed mode: listed sites are on, the rest off', () => {
    const s = settings({ mode: 'only-listed', sites: [{ host: 'films.net', subdomains: false }] });
    expect(isActiveOn(s, 'films.net')).toBe(true);
    expect(isActiveOn(s, 'www.films.net')).toBe(false);
    expect(isActiveOn(s, 'other.net')).toBe(false);
  });

  test('pause wins over every rule in both modes', () => {
    expect(isActiveOn(settings({ paused: true }), 'anything.org')).toBe(false);
    const listed = settings({ paused: true, mode: 'only-listed', sites: [{ host: 'films.net', subdomains: false }] });
    expect(isActiveOn(listed, 'films.net')).toBe(false);
  });
});

describe('setActiveOn', () => {
  test.each(['all-except', 'only-listed'] as const)('switching a site off then on round-trips in %s mode', (mode) => {
    const start = settings({ mode });
    const host = 'www.news.org';
    const off = setActiveOn(start, host, false);
    expect(isActiveOn(off, host)).toBe(false);
    const on = setActiveOn(off, host, true);
    expect(isActiveOn(on, host)).toBe(true);
    expect(isActiveOn(on, 'elsewhere.org')).toBe(isActiveOn(start, 'elsewhere.org'));
  });

  test('turning off a site in all-except mode adds one exact, lower-case rule', () => {
    const next = setActiveOn(DEFAULT_SETTINGS, 'News.Example.COM', false);
    expect(next.sites).toEqual([{ host: 'news.example.com', subdomains: false }]);
    expect(isActiveOn(next, 'news.example.com')).toBe(false);
    expect(isActiveOn(next, 'sport.example.com')).toBe(true);
  });

  test('turning on a site in only-listed mode adds it; turning it off removes it', () => {
    const start = settings({ mode: 'only-listed' });
    const on = setActiveOn(start, 'films.net', true);
    expect(on.sites).toEqual([{ host: 'films.net', subdomains: false }]);
    expect(setActiveOn(on, 'films.net', false).sites).toEqual([]);
  });

  test('turning a site back on removes the subdomain rule that covered it', () => {
    const start = settings({ sites: [{ host: 'example.com', subdomains: true }] });
    expect(isActiveOn(start, 'a.example.com')).toBe(false);
    const next = setActiveOn(start, 'a.example.com', true);
    expect(isActiveOn(next, 'a.example.com')).toBe(true);
    expect(next.sites).toEqual([]);
  });

  test('asking for the state a site already has returns the same settings object', () => {
    expect(setActiveOn(DEFAULT_SETTINGS, 'news.org', true)).toBe(DEFAULT_SETTINGS);
    const only = settings({ mode: 'only-listed' });
    expect(setActiveOn(only, 'news.org', false)).toBe(only);
  });

  test('while paused, the switch still edits the site rules without unpausing', () => {
    const paused = settings({ paused: true });
    const next = setActiveOn(paused, 'news.org', false);
    expect(next.paused).toBe(true);
    expect(next.sites).toEqual([{ host: 'news.org', subdomains: false }]);
    expect(isActiveOn({ ...next, paused: false }, 'news.org')).toBe(false);
  });

  test('never mutates the settings it was given', () => {
    const start = settings({ sites: [{ host: 'a.org', subdomains: false }] });
    const copy = structuredClone(start);
    setActiveOn(start, 'b.org', false);
    setActiveOn(start, 'a.org', true);
    expect(start).toEqual(copy);
  });
});
