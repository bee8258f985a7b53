import { useState } from 'preact/hooks';
import type { Code } from '../../lib/notes/schema';
import { CodeCard } from './CodeCard';
import type { Ranked } from './ranking';
import { FIRST_ITEMS, ShowMore } from './ShowMore';

export function CodeList({
  codes,
  onAdd,
  onEdit,
  onDelete,
  onWhyRejected,
}: {
  codes: readonly Ranked<Code>[];
  onAdd: () => void;
  onEdit: (code: Code) => void;
  onDelete: (code: Code) => Promise<void>;
  onWhyRejected: (code: Code) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? codes : codes.slice(0, FIRST_ITEMS);
  return (
    <section class="section" aria-labelledby="codes-title">
      <div class="section-head">
        <h2 id="codes-title" class="section-title">
          Promo codes <span class="count">({codes.length})</span>
        </h2>
        <button type="button" data-testid="add-code" onClick={onAdd}>
          Add code
        </button>
      </div>
      {codes.length === 0 ? (
        <p class="empty">No codes noted. Codes from e-mails, partners or events go here; activate each within 14 days.</p>
      ) : (
        <ul class="cards" data-testid="code-list">
          {shown.map(({ item: code, deadline }) => (
            <CodeCard
              key={code.id}
              code={code}
              deadline={deadline}
              onEdit={() => onEdit(code)}
              onDelete={() => onDelete(code)}
              onWhyRejected={() => onWhyRejected(code)}
            />
          ))}
        </ul>
      )}
      <ShowMore shown={shown.length} total={codes.length} what="codes" onShowAll={() => setAll(true)} />
    </section>
  );
}
