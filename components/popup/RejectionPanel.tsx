import type { Account, Code } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import { RejectionChecklist } from '../guides/RejectionChecklist';
import { popupSupportMessage, rejectionCausesFor } from './rejection';

/**
 * "Why was my code rejected?" in the popup. Loaded on demand (see LazyPanel): ranking causes reads the
 * page's message in every lexicon language, data the popup's first paint does not need.
 */
export default function RejectionPanel({
  code,
  account,
  loaded,
  now,
  announce,
}: {
  code: Code | null;
  account: Account | null;
  loaded: LoadedNotes;
  now: () => Date;
  announce: (text: string) => void;
}) {
  return (
    <RejectionChecklist
      headingClass="panel-title"
      code={code?.code ?? null}
      causes={code ? rejectionCausesFor(code, loaded.notes, loaded.observations[code.accountId] ?? [], now()) : null}
      onCopySupport={(checked) => {
        const text = popupSupportMessage(code, code?.accountId ?? account?.id ?? null, now(), checked);
        void navigator.clipboard.writeText(text).then(
          () => announce('Support message copied'),
          () => announce('Could not copy the support message'),
        );
      }}
    />
  );
}
