import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/notes/schema';

const SITES: { key: keyof Settings['overlayOn']; label: string }[] = [
  { key: 'ads', label: 'Ads Manager (ads.tiktok.com)' },
  { key: 'business', label: 'Business Center (business.tiktok.com)' },
];

/** Where the on-page card shows. Saved as soon as a box changes. */
export function OverlaySettings({ overlayOn, onSave }: { overlayOn: Settings['overlayOn']; onSave: (next: Settings['overlayOn']) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="section" aria-labelledby="overlay-title">
      <h2 id="overlay-title" class="section-title">
        Card on Billing pages
      </h2>
      <fieldset class="checks">
        <legend>Show the Credit Lens card on</legend>
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
                  setError(`Not saved: ${cause instanceof Error ? cause.message : String(cause)}`);
                }
              }}
            />
            {site.label}
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
