// User settings and the pure rules that decide whether Castmark runs on a site.
// Stored in browser.storage.sync by common/settings.ts; kept free of browser APIs here so it is testable.

export type MarkStyle = 'underline' | 'background' | 'off';
export type SiteMode = 'all-except' | 'only-listed';

export interface SiteRule {
  /** A host name such as `news.example.com` (lower case, no port). */
  host: string;
  /** true: the rule also covers every subdomain of `host`. */
  subdomains: boolean;
}

export interface Settings {
  paused: boolean;
  /** all-except: on everywhere but the listed sites; only-listed: off everywhere but the listed sites. */
  mode: SiteMode;
  sites: SiteRule[];
  hoverDelayMs: number;
  markStyle: MarkStyle;
  kinds: { person: boolean; title: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  mode: 'all-except',
  sites: [],
  hoverDelayMs: 300,
  markStyle: 'underline',
  kinds: { person: true, title: true },
};

export function ruleCovers(rule: SiteRule, host: string): boolean {
  const h = host.toLowerCase();
  return h === rule.host || (rule.subdomains && h.endsWith('.' + rule.host));
}

/** Whether Castmark should mark and show cards on `host` (pause wins over everything). */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (settings.paused) return false;
  const listed = settings.sites.some((rule) => ruleCovers(rule, host));
  return settings.mode === 'all-except' ? !listed : listed;
}

/** The settings after the user flips the switch for `host` in the popup. */
export function setActiveOn(settings: Settings, host: string, active: boolean): Settings {
  if (isActiveOn({ ...settings, paused: false }, host) === active) return settings;
  const h = host.toLowerCase();
  const wantListed = settings.mode === 'all-except' ? !active : active;
  const sites = wantListed
    ? [...settings.sites, { host: h, subdomains: false }]
    : settings.sites.filter((rule) => !ruleCovers(rule, h));
  return { ...settings, sites };
}
