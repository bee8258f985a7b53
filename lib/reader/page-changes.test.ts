// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageChangesOf, PageChanges } from './page-changes';

const textChangesOf = (records: MutationRecord[]) => pageChangesOf(records).textChanges();

let observer: MutationObserver;

beforeEach(() => {
  document.body.innerHTML = '<main><div class="card"><span id="label">Ad credit</span><span id="value">$50.00</span><span id="empty"></span></div><style id="css">.x{}</style></main>';
  observer?.disconnect();
  observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true });
});

const byId = (id: string) => document.getElementById(id)!;

describe('sorting page changes into text-only ones and the rest', () => {
  it('takes a shown text replaced by another as text-only, touching the text and its ancestors', () => {
    (byId('value').firstChild as Text).data = '$51.00';
    const changes = textChangesOf(observer.takeRecords());
    expect(changes).not.toBeNull();
    for (const node of [byId('value').firstChild!, byId('value'), byId('value').parentElement!, document.body, document]) expect(changes!.touched.has(node)).toBe(true);
    expect(changes!.touched.has(byId('label'))).toBe(false);
  });

  it('takes textContent replacing a text with a text as text-only', () => {
    byId('value').textContent = '$52.00';
    expect(textChangesOf(observer.takeRecords())?.touched.has(byId('value'))).toBe(true);
  });

  it('takes a text appearing in an empty element as more than text (it may un-hide :empty)', () => {
    byId('empty').textContent = 'Code expired';
    expect(textChangesOf(observer.takeRecords())).toBeNull();
  });

  it('takes a text emptied as more than text (the box may collapse)', () => {
    (byId('value').firstChild as Text).data = ' ';
    expect(textChangesOf(observer.takeRecords())).toBeNull();
  });

  it('takes a text change without its old value as more than text', () => {
    const text = byId('value').firstChild as Text;
    const record = { type: 'characterData', target: text, oldValue: null, addedNodes: [], removedNodes: [] } as unknown as MutationRecord;
    expect(textChangesOf([record])).toBeNull();
  });

  it('takes a text removed and another added in separate records as one replacement', () => {
    const value = byId('value');
    value.firstChild!.remove();
    value.append('$54.00');
    expect(textChangesOf(observer.takeRecords())?.touched.has(value)).toBe(true);
  });

  it('takes a class or an inline style changed as a restyle, touching no text', () => {
    byId('value').classList.add('is-hovered');
    byId('label').setAttribute('style', 'color: red');
    const changes = textChangesOf(observer.takeRecords());
    expect(changes?.restyled).toEqual([byId('value'), byId('label')]);
    expect(changes?.touched.size).toBe(0);
  });

  it('takes a restyle and a text replaced in one batch as both', () => {
    byId('value').classList.add('is-hovered');
    byId('value').textContent = '$55.00';
    const changes = textChangesOf(observer.takeRecords());
    expect(changes?.restyled).toEqual([byId('value')]);
    expect(changes?.touched.has(byId('value'))).toBe(true);
  });

  it('folds records as they arrive into what one batch of them gives', () => {
    const value = byId('value');
    value.firstChild!.remove();
    const folded = new PageChanges();
    folded.add(observer.takeRecords());
    value.append('$56.00');
    folded.add(observer.takeRecords());
    expect(folded.textChanges()?.touched.has(value)).toBe(true);
    expect(folded.count).toBe(2);
  });

  it('takes a batch the watcher stopped following as more than text', () => {
    const folded = new PageChanges();
    folded.everything = true;
    expect(folded.textChanges()).toBeNull();
    expect(folded.empty).toBe(false);
  });

  it('takes attributes, elements and style sheet text as more than text', () => {
    byId('value').setAttribute('hidden', '');
    expect(textChangesOf(observer.takeRecords())).toBeNull();
    byId('value').setAttribute('role', 'alert');
    expect(textChangesOf(observer.takeRecords())).toBeNull();
    byId('label').append(document.createElement('b'));
    expect(textChangesOf(observer.takeRecords())).toBeNull();
    byId('css').textContent = '.card{display:none}';
    expect(textChangesOf(observer.takeRecords())).toBeNull();
  });

  it('takes an empty batch as no change at all', () => {
    expect(textChangesOf([])?.touched.size).toBe(0);
  });
});
