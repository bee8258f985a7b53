import { render } from 'preact';

render(<main><h1>Credit Lens</h1><p>Your notes arrive with the notes issue.</p></main>, document.getElementById('app')!);
