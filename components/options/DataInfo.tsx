// Facts about the bundled catalogue: version, counts, sources and their licences, attribution.
import type { CatalogInfo } from '../../common/messages';
import { DATA_ATTRIBUTION } from '../../lib/db/attribution';
import { PLATFORM_LABELS, type Platform } from '../../lib/types';

interface Snapshot {
  folder?: string;
  platform?: string;
  snapshot?: string;
  titles?: number;
  credits?: number;
}

const COUNT_LABELS: Record<string, string> = { titles: 'titles', people: 'people', credits: 'credits', terms: 'indexed words' };
const number = (n: number) => n.toLocaleString('en-US');

export function DataInfo({ info }: { info: CatalogInfo | null }) {
  const snapshots = (Array.isArray(info?.info?.snapshots) ? info!.info!.snapshots : []) as Snapshot[];
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      {!info ? (
        <p class="cm-muted">Loading…</p>
      ) : !info.version ? (
        <p class="cm-muted">The catalogue is still loading into the browser.</p>
      ) : (
        <>
          <p>
            Catalogue version <code class="cm-version">{info.version.slice(0, 12)}</code>
            {info.seededAt ? `, loaded ${new Date(info.seededAt).toLocaleString()}` : ''}.
          </p>
          <ul class="cm-counts">
            {Object.entries(info.counts).filter(([key]) => COUNT_LABELS[key]).map(([key, value]) => (
              <li key={key} data-count={key}>{number(value)} {COUNT_LABELS[key]}</li>
            ))}
          </ul>
        </>
      )}
      <p>{DATA_ATTRIBUTION.summary}</p>
      <ul>
        {DATA_ATTRIBUTION.datasets.map((d) => (
          <li key={d.by}>{d.by}: {d.covers} ({d.when})</li>
        ))}
      </ul>
      {snapshots.length > 0 && (
        <table class="cm-sources">
          <caption>Snapshots in this catalogue</caption>
          <thead><tr><th>Platform</th><th>Snapshot</th><th>Titles</th><th>Credits</th></tr></thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.folder ?? `${s.platform}-${s.snapshot}`}>
                <td>{PLATFORM_LABELS[s.platform as Platform] ?? s.platform}</td>
                <td>{s.snapshot}</td>
                <td>{number(s.titles ?? 0)}</td>
                <td>{s.credits ? number(s.credits) : 'none'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Licence: {DATA_ATTRIBUTION.licence}</p>
      <p class="cm-muted">{DATA_ATTRIBUTION.trademark}</p>
    </section>
  );
}
