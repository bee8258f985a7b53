// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../../lib/i18n/node-catalog';
import { msg } from '../../../lib/i18n/message';
import { attrs, el, textNodes } from './view';

describe('textNodes', () => {
  it('puts each value in its own <bdi> and the words around it as text', () => {
    const host = el(document, 'p', {}, ...textNodes(englishTranslator(), msg('common.notSaved', { reason: '<b>full</b>' })));
    expect(host.innerHTML).toBe('Not saved: <bdi>&lt;b&gt;full&lt;/b&gt;</bdi>');
    expect(host.querySelectorAll('b')).toHaveLength(0);
  });

  it('writes a message without values as one text node', () => {
    const nodes = textNodes(englishTranslator(), msg('common.loading'));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.nodeType).toBe(Node.TEXT_NODE);
    expect(nodes[0]!.textContent).toBe('Loading…');
  });
});

describe('el', () => {
  it('sets attributes as strings and leaves out null, undefined and false', () => {
    const button = el(document, 'button', { class: 'mark', 'data-testid': 'mark', tabindex: 0, 'aria-expanded': true, hidden: false, title: null, lang: undefined });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('class')).toBe('mark');
    expect(button.getAttribute('data-testid')).toBe('mark');
    expect(button.getAttribute('tabindex')).toBe('0');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttributeNames().sort()).toEqual(['aria-expanded', 'class', 'data-testid', 'tabindex']);
  });

  it('appends children in order, strings as text, and skips empty ones', () => {
    const span = el(document, 'span');
    const div = el(document, 'div', {}, 'a', null, span, false, undefined, '<i>b</i>');
    expect(div.childNodes).toHaveLength(3);
    expect(div.firstChild!.textContent).toBe('a');
    expect(div.childNodes[1]).toBe(span);
    expect(div.lastChild!.nodeType).toBe(Node.TEXT_NODE);
    expect(div.querySelector('i')).toBeNull();
  });
});

describe('attrs', () => {
  it('writes what a kept node shows now: values as strings, booleans as words, null and undefined taken away', () => {
    const section = el(document, 'section', { 'data-doubt': 'yes', title: 'old' });
    attrs(section, { 'data-open': false, 'data-clear': true, 'data-reads': 3, 'data-doubt': null, title: undefined });
    expect(section.getAttribute('data-open')).toBe('false');
    expect(section.getAttribute('data-clear')).toBe('true');
    expect(section.getAttribute('data-reads')).toBe('3');
    expect(section.hasAttribute('data-doubt')).toBe(false);
    expect(section.hasAttribute('title')).toBe(false);
  });
});
