// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import type { NotesServices } from './services';
import { useNotes } from './use-notes';

const LOADED: LoadedNotes = { notes: EMPTY_NOTES, settings: DEFAULT_SETTINGS, observations: {}, quarantined: [], storageWarning: null };

function Probe({ services }: { services: NotesServices }) {
  const { loaded } = useNotes(services);
  return <p>{loaded ? 'loaded' : 'loading'}</p>;
}

describe('useNotes', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('asks storage for the notes while the first frame is committed, not after it is painted', () => {
    const calls: string[] = [];
    const services: NotesServices = {
      loadNotes: vi.fn(() => {
        calls.push('load');
        return Promise.resolve(LOADED);
      }),
      watchNotes: vi.fn(() => {
        calls.push('watch');
        return () => {};
      }),
      updateNotes: vi.fn(),
      newId: () => 'id',
      now: () => new Date(),
    };
    render(<Probe services={services} />, root);
    // No await: an effect that waits for the next paint has not run yet here; the board's first paint
    // (issue 13) would then start its storage read one frame late.
    expect(calls).toEqual(['watch', 'load']);
    expect(root.textContent).toBe('loading');
  });
});
