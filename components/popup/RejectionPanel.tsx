import { supportMessage } from '../../lib/hints/support-text';
import { loadPopupGuidesTranslator, loadPopupTranslator } from '../../lib/i18n/ui-catalog';
import type { Account, Code } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import { RejectionChecklist } from '../guides/RejectionChecklist';
import { WithWords } from '../i18n/WithWords';
import { useEnglish, useT } from '../i18n/i18n';
import { rejectionCausesFor } from './rejection';
import { copySupport } from './copy-support';

export { loadAllLanguages } from './rejection';

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
  const t = useT();
  const english = useEnglish(loadPopupTranslator);
  return (
    <WithWords load={loadPopupGuidesTranslator}>
      <RejectionChecklist
        headingClass="panel-title"
        code={code?.code ?? null}
        causes={code ? rejectionCausesFor(code, loaded.notes, loaded.observations[code.accountId] ?? [], now()) : null}
        onCopySupport={(checked, inEnglish) => {
          const input = { code: code?.code ?? null, accountId: code?.accountId ?? account?.id ?? null, errorText: code?.rejectedMessage ?? '', at: now().toISOString(), checked };
          const text = supportMessage(input, inEnglish ? english : t);
          copySupport(text, t, announce);
        }}
      />
    </WithWords>
  );
}
