// Settings as a file (export/import on the options page) and the host names users type: strict validation, so a
// wrong file is refused with a clear message and changes nothing.
import { DEFAULT_SETTINGS, type MarkStyle, type Settings, type SiteMode, type SiteRule } from './settings';

export const SETTINGS_FILE_KIND = 'castmark-settings';
export const SETTINGS_FILE_VERSION = 1;
export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
const MAX_SITES = 1000;
const MODES: SiteMode[] = ['all-except', 'only-listed'];
const MARK_STYLES: MarkStyle[] = ['underline', 'background', 'off'];
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ kind: SETTINGS_FILE_KIND, version: SETTINGS_FILE_VERSION, settings }, null, 2);
}

/**
 * A host name from what a user typed or pasted: `News.Example.com`, `https://news.example.com/path`, `example.com:8080`
 * all give the bare lower-case host; null when it is not a host name.
 */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  } else {
    text = text.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  }
  text = text.replace(/^\*\./, '').replace(/\.$/, '');
  try {
    text = new URL(`http://${text}`).hostname; // punycode for internationalised names
  } catch {
    return null;
  }
  return HOST.test(text) ? text : null;
}

type Result = { ok: true; settings: Settings } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a settings object field by field; unknown fields are refused too (a typo should not pass silently). */
export function validateSettings(value: unknown): Result {
  if (!isObject(value)) return { ok: false, error: 'The settings are not an object.' };
  const known = Object.keys(DEFAULT_SETTINGS);
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length) return { ok: false, error: `Unknown setting “${unknown[0]}”.` };
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if ('paused' in value) {
    if (typeof value.paused !== 'boolean') return { ok: false, error: '“paused” must be true or false.' };
    settings.paused = value.paused;
  }
  if ('mode' in value) {
    if (!MODES.includes(value.mode as SiteMode)) return { ok: false, error: `“mode” must be one of ${MODES.join(', ')}.` };
    settings.mode = value.mode as SiteMode;
  }
  if ('hoverDelayMs' in value) {
    const delay = value.hoverDelayMs;
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < HOVER_DELAY_RANGE.min || delay > HOVER_DELAY_RANGE.max) {
      return { ok: false, error: `“hoverDelayMs” must be a whole number of milliseconds from ${HOVER_DELAY_RANGE.min} to ${HOVER_DELAY_RANGE.max}.` };
    }
    settings.hoverDelayMs = delay;
  }
  if ('markStyle' in value) {
    if (!MARK_STYLES.includes(value.markStyle as MarkStyle)) return { ok: false, error: `“markStyle” must be one of ${MARK_STYLES.join(', ')}.` };
    settings.markStyle = value.markStyle as MarkStyle;
  }
  if ('kinds' in value) {
    const kinds = value.kinds;
    if (!isObject(kinds) || Object.keys(kinds).some((k) => k !== 'person' && k !== 'title') || Object.values(kinds).some((v) => typeof v !== 'boolean')) {
      return { ok: false, error: '“kinds” must be { "person": true|false, "title": true|false }.' };
    }
    settings.kinds = { ...settings.kinds, ...(kinds as Settings['kinds']) };
  }
  if ('sites' in value) {
    if (!Array.isArray(value.sites) || value.sites.length > MAX_SITES) return { ok: false, error: `“sites” must be a list of at most ${MAX_SITES} rules.` };
    const sites: SiteRule[] = [];
    for (const [i, rule] of value.sites.entries()) {
      if (!isObject(rule) || typeof rule.host !== 'string' || typeof rule.subdomains !== 'boolean' || Object.keys(rule).length !== 2) {
        return { ok: false, error: `Site rule ${i + 1} must be { "host": "...", "subdomains": true|false }.` };
      }
      const host = normaliseHost(rule.host);
      if (!host || host !== rule.host) return { ok: false, error: `Site rule ${i + 1}: “${String(rule.host).slice(0, 80)}” is not a host name.` };
      if (!sites.some((s) => s.host === host && s.subdomains === rule.subdomains)) sites.push({ host, subdomains: rule.subdomains });
    }
    settings.sites = sites;
  }
  return { ok: true, settings };
}

/** Reads an exported settings file; anything else is refused with the reason. */
export function parseSettingsFile(text: string): Result {
  if (text.length > 1_000_000) return { ok: false, error: 'This file is too large to be Castmark settings.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON.' };
  }
  if (!isObject(data) || data.kind !== SETTINGS_FILE_KIND) return { ok: false, error: 'This file is not a Castmark settings export.' };
  if (data.version !== SETTINGS_FILE_VERSION) return { ok: false, error: `This settings file has version ${String(data.version)}; this Castmark reads version ${SETTINGS_FILE_VERSION}.` };
  return validateSettings(data.settings);
}

/** Adds a site rule (replacing one for the same host). */
export function addSiteRule(settings: Settings, rule: SiteRule): Settings {
  return { ...settings, sites: [...settings.sites.filter((s) => s.host !== rule.host), rule] };
}

export function removeSiteRule(settings: Settings, host: string): Settings {
  return { ...settings, sites: settings.sites.filter((s) => s.host !== host) };
}
