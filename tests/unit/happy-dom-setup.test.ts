// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

/** vitest's setup (tests/support/happy-dom-setup.ts) fixes this environment's DOM without the test importing the fixes. */
describe('happy-dom setup', () => {
  it('a record of an attribute set on a <form> names the form the page holds', () => {
    document.body.innerHTML = '<main><form class="x"></form></main>';
    const form = document.querySelector('form')!;
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { attributes: true, subtree: true });
    form.setAttribute('role', 'alert');
    const records = observer.takeRecords();
    expect(records).toHaveLength(1);
    expect(records[0]!.target).toBe(form);
    observer.disconnect();
  });
});
