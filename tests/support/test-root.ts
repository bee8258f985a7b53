import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * The element a component test file renders into: in the document during each test, and after it
 * unmounted (so effects clean up) and taken out. Call once at the top of a test file.
 */
export function testRoot(): HTMLDivElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.replaceChildren();
    root.remove();
  });
  return root;
}
