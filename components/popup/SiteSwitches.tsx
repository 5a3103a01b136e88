// The two switches: Castmark on the current site, and pause everywhere. Both write settings at once; the content
// scripts watch storage and apply the change to open tabs.
import { isActiveOn, setActiveOn, type Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  host: string | null;
  onChange: (settings: Settings) => void;
}

function Switch({ checked, label, onToggle, disabled }: { checked: boolean; label: string; onToggle: () => void; disabled?: boolean }) {
  return (
    <button type="button" role="switch" class="cm-switch" aria-checked={checked} disabled={disabled} onClick={onToggle}>
      <span class="cm-switch-track" aria-hidden="true"><span class="cm-switch-thumb" /></span>
      <span class="cm-switch-label">{label}</span>
    </button>
  );
}

export function SiteSwitches({ settings, host, onChange }: Props) {
  const activeHere = host ? isActiveOn({ ...settings, paused: false }, host) : false;
  return (
    <section class="cm-switches" aria-label="Where Castmark runs">
      {host ? (
        <Switch
          checked={activeHere}
          label={`Castmark on ${host}`}
          disabled={settings.paused}
          onToggle={() => onChange(setActiveOn(settings, host, !activeHere))}
        />
      ) : (
        <p class="cm-note">Castmark marks names on web pages; this tab is not one.</p>
      )}
      <Switch checked={settings.paused} label="Pause everywhere" onToggle={() => onChange({ ...settings, paused: !settings.paused })} />
    </section>
  );
}
