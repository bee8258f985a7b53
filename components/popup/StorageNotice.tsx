import { useState } from 'preact/hooks';
import type { LoadedNotes } from '../../lib/notes/store';
import { localDay } from '../../lib/iso-day';
import { downloadText } from './download';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/**
 * Said as soon as the notes load: values kept aside because they could not be read (never deleted,
 * and exportable so nothing is lost), and storage running out of room.
 */
export function StorageNotice({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const count = loaded.quarantined.length;
  if (count === 0 && !loaded.storageWarning) return null;
  return (
    <div class="notices">
      {count > 0 && (
        <div class="notice warn" role="alert" data-testid="quarantine-notice">
          <p>{t.t(msg('popup.keptAside', { count }))}</p>
          <button
            type="button"
            onClick={async () => {
              // Loaded on use: its module brings the notes schema, which the popup's first paint leaves out.
              const { exportQuarantine } = await import('../../lib/notes/quarantine');
              const at = now();
              downloadText(`credit-lens-kept-aside-${localDay(at)}.json`, exportQuarantine(loaded.quarantined, at), 'application/json');
              setSaved(true);
            }}
          >
            {t.t(msg('popup.exportKeptAside'))}
          </button>
          {saved && <p class="muted">{t.t(msg('popup.keptAsideSaved'))}</p>}
        </div>
      )}
      {loaded.storageWarning && (
        <div class="notice warn" role="alert" data-testid="storage-warning">
          <p>{loaded.storageWarning}</p>
        </div>
      )}
    </div>
  );
}
