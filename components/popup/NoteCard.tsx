import { msg } from '../../lib/i18n/message';
import type { FreeNote } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { ConfirmDelete } from './ConfirmDelete';

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function NoteCard({ note, onEdit, onDelete }: { note: FreeNote; onEdit: () => void; onDelete: () => Promise<void> }) {
  const t = useT();
  const text = preview(note.text);
  return (
    <li class="card" data-testid="note">
      <p class="note-text">
        <bdi>{note.text}</bdi>
      </p>
      <div class="card-actions">
        <button type="button" class="quiet" onClick={onEdit} aria-label={t.t(msg('popup.editNote', { text }))}>
          {t.t(msg('common.edit'))}
        </button>
        <ConfirmDelete
          words={{ label: msg('popup.deleteNote', { text }), confirm: msg('popup.deleteNoteConfirm', { text }), question: msg('popup.deleteNoteQuestion', { text }) }}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
