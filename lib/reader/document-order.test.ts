// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentOrderList, documentOrder } from './document-order';
import { assertOnSeeds } from '../../tests/support/property-seeds';

describe('a list kept in document order', () => {
  it('lists what was added and not deleted, in document order, whatever the order of additions', () => {
    assertOnSeeds(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(29)), { maxLength: 60 }), fc.nat(30), (steps, walked) => {
        document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<div>${Array.from({ length: 5 }, (__, j) => `<span>${i}.${j}</span>`).join('')}</div>`).join('');
        const spans = [...document.querySelectorAll('span')];
        const list = new DocumentOrderList<Element>();
        const members = new Set<Element>();
        // A first walk adds a prefix in document order; later changes come in any order.
        for (const span of spans.slice(0, walked)) {
          list.add(span, true);
          members.add(span);
        }
        for (const [add, index] of steps) {
          const span = spans[index]!;
          if (add && !members.has(span)) {
            list.add(span, false);
            members.add(span);
          } else if (!add && members.has(span)) {
            list.delete(span);
            members.delete(span);
          }
          if (index % 7 === 0) list.list((node) => members.has(node)); // lists in between must not disturb the order
        }
        expect(list.list((node) => members.has(node))).toEqual([...members].sort(documentOrder));
      }),
      200,
    );
  });

  it('places a node again where it moved to', () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p><p id="c">c</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const list = new DocumentOrderList<Element>();
    for (const element of [a!, b!, c!]) list.add(element, true);
    expect(list.list(() => true)).toEqual([a, b, c]);
    document.body.append(a!);
    list.delete(a!);
    list.add(a!, false);
    expect(list.list(() => true)).toEqual([b, c, a]);
  });
});
