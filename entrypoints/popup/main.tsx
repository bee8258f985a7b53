import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/base.css';
import '@/components/popup/popup.css';
import '@/components/guides/guides.css';

render(<Popup />, document.getElementById('app')!);
