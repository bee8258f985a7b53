import { render } from 'preact';
import { Board } from '@/components/board/Board';
import '@/components/base.css';
import '@/components/board/board.css';

render(<Board />, document.getElementById('app')!);
