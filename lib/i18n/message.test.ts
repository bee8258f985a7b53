import { describe, expect, it } from 'vitest';
import { msg, withShortText } from './message';

describe('withShortText: a title kept short enough to show its answer', () => {
  const pending = (name: string) => msg('hint.creditStatus.pendingTitle', { name, time: { time: '2026-12-08T20:09:00Z' } });

  it("cuts the title's own text at a space, with an ellipsis, and leaves its other values whole", () => {
    const short = withShortText(pending('New advertiser offer: spend $50, get $50'), 20);
    expect(short).toEqual(msg('hint.creditStatus.pendingTitle', { name: 'New advertiser…', time: { time: '2026-12-08T20:09:00Z' } }));
    // No space in the second half: cut where the characters run out.
    expect(withShortText(pending('SPRINGADSPROMOTION2026DECEMBER'), 20)!.params!.name).toBe('SPRINGADSPROMOTION2…');
    // Nor the punctuation the cut ends on: "offer:…: credit expected" would read as two colons.
    expect(withShortText(pending('Black Friday: spend 500, get 250'), 20)!.params!.name).toBe('Black Friday…');
  });

  it('is null when nothing is longer than asked, and for a title without parameters', () => {
    expect(withShortText(pending('Spend 500, get 250'), 20)).toBeNull();
    expect(withShortText(pending('x'.repeat(20)), 20)).toBeNull();
    expect(withShortText(msg('hint.layoutChanged.nothingTitle'), 20)).toBeNull();
  });

  it('never cuts a mark from its letter (Thai, Vietnamese)', () => {
    for (const name of ['โปรโมชั่นลูกค้าใหม่ประจำเดือนธันวาคม', 'Ưu đãi nhà quảng cáo mới tháng mười hai']) {
      for (let max = 4; max < 24; max++) {
        const cut = withShortText(pending(name), max)!.params!.name as string;
        const kept = cut.slice(0, -1);
        expect(name.startsWith(kept), cut).toBe(true);
        expect(/^\p{M}/u.test(name.slice(kept.length)), `${max}: ${cut}`).toBe(false);
      }
    }
  });
});
