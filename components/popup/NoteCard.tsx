import type { FreeNote } from '../../lib/notes/schema';
import { ConfirmDelete } from './ConfirmDelete';

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function NoteCard({ note, onEdit, onDelete }: { note: FreeNote; onEdit: () => void; onDelete: () => Promise<void> }) {
  return (
    <li class="card" data-testid="note">
      <p class="note-text">{note.text}</p>
      <div class="card-actions">
        <button type="button" class="quiet" onClick={onEdit} aria-label={`Edit note “${preview(note.text)}”`}>
          Edit
        </button>
        <ConfirmDelete what={`note “${preview(note.text)}”`} onDelete={onDelete} />
      </div>
    </li>
  );
}
