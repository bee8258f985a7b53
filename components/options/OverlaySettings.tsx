import { useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Settings } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { errorText } from '../../lib/notes/op-message';

const SITES: { key: keyof Settings['overlayOn']; label: Msg }[] = [
  { key: 'ads', label: msg('options.overlay.ads') },
  { key: 'business', label: msg('options.overlay.business') },
];

interface OverlaySettingsProps {
  overlayOn: Settings['overlayOn'];
  onSave: (next: Settings['overlayOn']) => Promise<void>;
  showMarks: boolean;
  onSaveMarks: (next: boolean) => Promise<void>;
}

/** Where the on-page card shows, and whether marks sit beside the page's values. Saved as soon as a box changes. */
export function OverlaySettings({ overlayOn, onSave, showMarks, onSaveMarks }: OverlaySettingsProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const save = async (write: () => Promise<void>) => {
    setError(null);
    try {
      await write();
    } catch (cause) {
      setError(t.t(msg('common.notSaved', { reason: errorText(cause) })));
    }
  };
  return (
    <section class="section" aria-labelledby="overlay-title">
      <h2 id="overlay-title" class="section-title">
        {t.t(msg('options.overlay.title'))}
      </h2>
      <fieldset class="checks">
        <legend>{t.t(msg('options.overlay.legend'))}</legend>
        {SITES.map((site) => (
          <label key={site.key} class="check">
            <input
              type="checkbox"
              name={`overlay-${site.key}`}
              checked={overlayOn[site.key]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                return save(() => onSave({ ...overlayOn, [site.key]: checked }));
              }}
            />
            {t.t(site.label)}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          name="show-marks"
          checked={showMarks}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            return save(() => onSaveMarks(checked));
          }}
        />
        {t.t(msg('options.overlay.marks'))}
      </label>
      <p class="muted">{t.t(msg('options.overlay.marksHint'))}</p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
