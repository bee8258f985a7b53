import { useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Settings } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';

const SITES: { key: keyof Settings['overlayOn']; label: Msg }[] = [
  { key: 'ads', label: msg('options.overlay.ads') },
  { key: 'business', label: msg('options.overlay.business') },
];

/** Where the on-page card shows. Saved as soon as a box changes. */
export function OverlaySettings({ overlayOn, onSave }: { overlayOn: Settings['overlayOn']; onSave: (next: Settings['overlayOn']) => Promise<void> }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
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
              onChange={async (event) => {
                setError(null);
                try {
                  await onSave({ ...overlayOn, [site.key]: event.currentTarget.checked });
                } catch (cause) {
                  setError(t.t(msg('common.notSaved', { reason: cause instanceof Error ? cause.message : String(cause) })));
                }
              }}
            />
            {t.t(site.label)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
