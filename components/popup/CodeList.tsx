import { useState } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import { codeTiming, mayStillEnter } from '../../lib/credit/code-window';
import type { Code } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { CodeCard } from './CodeCard';
import { CountedTitle } from './CountedTitle';
import type { Ranked } from './ranking';
import { FIRST_ITEMS, ShowMore } from './ShowMore';

export function CodeList({
  codes,
  now,
  onAdd,
  onEdit,
  onDelete,
  onWhyRejected,
}: {
  codes: readonly Ranked<Code>[];
  now: Date;
  onAdd: () => void;
  onEdit: (code: Code) => void;
  onDelete: (code: Code) => Promise<void>;
  onWhyRejected: (code: Code) => void;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? codes : codes.slice(0, FIRST_ITEMS);
  // The zone the popup's words say dates in, as OfferList's states.
  const timeZone = t.timeZone;
  return (
    <section class="section" aria-labelledby="codes-title">
      <div class="section-head">
        <h2 id="codes-title" class="section-title">
          <CountedTitle message={msg('popup.codesTitle', { count: codes.length })} />
        </h2>
        <button type="button" data-testid="add-code" onClick={onAdd}>
          {t.t(msg('popup.addCode'))}
        </button>
      </div>
      {codes.length === 0 ? (
        <p class="empty">{t.t(msg('popup.noCodes'))}</p>
      ) : (
        <ul class="cards" data-testid="code-list">
          {shown.map(({ item: code, deadline }) => (
            <CodeCard
              key={code.id}
              code={code}
              enterable={mayStillEnter(code, codeTiming(code, now, timeZone))}
              deadline={deadline}
              onEdit={() => onEdit(code)}
              onDelete={() => onDelete(code)}
              onWhyRejected={() => onWhyRejected(code)}
            />
          ))}
        </ul>
      )}
      <ShowMore shown={shown.length} total={codes.length} list="codes" onShowAll={() => setAll(true)} />
    </section>
  );
}
