// The site rules: which sites are listed, for the whole domain or a single host, and what listing means (mode).
import { useState } from 'preact/hooks';
import type { Settings, SiteMode } from '../../lib/settings';
import { addSiteRule, normaliseHost, removeSiteRule } from '../../lib/settings-io';

export function SiteRules({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const [host, setHost] = useState('');
  const [scope, setScope] = useState<'domain' | 'host'>('domain');
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const normalised = normaliseHost(host);
    if (!normalised) {
      setError(`“${host.trim().slice(0, 80)}” is not a site name. Type a host such as news.example.com.`);
      return;
    }
    setError('');
    setHost('');
    onChange(addSiteRule(settings, { host: normalised, subdomains: scope === 'domain' }));
  };

  const mode = (value: SiteMode) => onChange({ ...settings, mode: value });

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <fieldset>
        <legend>Castmark runs</legend>
        <label>
          <input type="radio" name="mode" value="all-except" checked={settings.mode === 'all-except'} onChange={() => mode('all-except')} />
          everywhere except the sites listed below
        </label>
        <label>
          <input type="radio" name="mode" value="only-listed" checked={settings.mode === 'only-listed'} onChange={() => mode('only-listed')} />
          only on the sites listed below
        </label>
      </fieldset>
      {settings.sites.length ? (
        <ul class="cm-sites" aria-label="Listed sites">
          {settings.sites.map((rule) => (
            <li key={rule.host} data-host={rule.host}>
              <span class="cm-site-host">{rule.host}</span>
              <span class="cm-site-scope">{rule.subdomains ? 'with its subdomains' : 'this host only'}</span>
              <button type="button" aria-label={`Remove ${rule.host}`} onClick={() => onChange(removeSiteRule(settings, rule.host))}>Remove</button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cm-muted">No site is listed.</p>
      )}
      <form class="cm-add-site" onSubmit={add}>
        <label>
          Site <input name="host" value={host} placeholder="news.example.com" onInput={(e) => setHost((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Covers{' '}
          <select name="scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value as 'domain' | 'host')}>
            <option value="domain">the whole domain, with subdomains</option>
            <option value="host">this host only</option>
          </select>
        </label>
        <button type="submit">Add site</button>
      </form>
      {error && <p class="cm-error" role="alert">{error}</p>}
    </section>
  );
}
