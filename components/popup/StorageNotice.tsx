import { useState } from 'preact/hooks';
import type { LoadedNotes } from '../../lib/notes/store';
import { exportQuarantine } from '../../lib/notes/quarantine';
import { downloadText, fileStamp } from './download';

/**
 * Said as soon as the notes load: values kept aside because they could not be read (never deleted,
 * and exportable so nothing is lost), and storage running out of room.
 */
export function StorageNotice({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const [saved, setSaved] = useState(false);
  const count = loaded.quarantined.length;
  if (count === 0 && !loaded.storageWarning) return null;
  return (
    <div class="notices">
      {count > 0 && (
        <div class="notice warn" role="alert" data-testid="quarantine-notice">
          <p>
            Some saved data could not be read; it was kept aside ({count === 1 ? '1 item' : `${count} items`}), not deleted.
          </p>
          <button
            type="button"
            onClick={() => {
              const at = now();
              downloadText(`credit-lens-kept-aside-${fileStamp(at)}.json`, exportQuarantine(loaded.quarantined, at), 'application/json');
              setSaved(true);
            }}
          >
            Export the kept-aside data
          </button>
          {saved && <p class="muted">Saved to your downloads. Send it with a support request, or keep it.</p>}
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
