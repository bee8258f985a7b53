import { msg } from '../../lib/i18n/message';
import type { FreeNote } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { CountedTitle } from './CountedTitle';
import { NoteCard } from './NoteCard';

export function NoteList({
  notes,
  onAdd,
  onEdit,
  onDelete,
}: {
  notes: readonly FreeNote[];
  onAdd: () => void;
  onEdit: (note: FreeNote) => void;
  onDelete: (note: FreeNote) => Promise<void>;
}) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="notes-title">
      <div class="section-head">
        <h2 id="notes-title" class="section-title">
          <CountedTitle message={msg('popup.notesTitle', { count: notes.length })} />
        </h2>
        <button type="button" data-testid="add-note" onClick={onAdd}>
          {t.t(msg('popup.addNote'))}
        </button>
      </div>
      {notes.length > 0 && (
        <ul class="cards" data-testid="note-list">
          {notes.map((note) => (
            <NoteCard key={note.id} note={note} onEdit={() => onEdit(note)} onDelete={() => onDelete(note)} />
          ))}
        </ul>
      )}
    </section>
  );
}
