import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import './happy-dom-fixes';

/** What a browser guarantees and the kept reader relies on: a record names the element the page holds. */
describe('happy-dom mutation records name the element itself', () => {
  it.each(['form', 'select', 'div'])('an attribute set on or removed from a <%s>', async (tag) => {
    const window = new Window();
    const document = window.document;
    document.body.innerHTML = `<main><${tag} class="x"></${tag}></main>`;
    const element = document.querySelector(tag)!;
    const observer = new window.MutationObserver(() => {});
    observer.observe(document.body, { attributes: true, subtree: true });
    element.setAttribute('role', 'alert');
    element.removeAttribute('class');
    const records = observer.takeRecords();
    expect(records).toHaveLength(2);
    for (const record of records) expect(record.target).toBe(element);
    await window.happyDOM.close();
  });
});
