// First, so the ask goes out before the rest of the board's code runs (lib/notes/snapshot.ts).
import './ask-early';
import { render } from 'preact';
import { Board } from '@/components/board/Board';
import '@/components/popup/popup.css';
import '@/components/board/board.css';

render(<Board />, document.getElementById('app')!);
