import { describe, expect, it } from 'vitest';
import { rememberedFrameWidth, rememberFrameWidth, rememberedListTop, rememberListTop } from './remembered-layout';

function memoryStore(): Pick<Storage, 'getItem' | 'setItem'> & { writes: number } {
  const kept = new Map<string, string>();
  return {
    writes: 0,
    getItem: (key) => kept.get(key) ?? null,
    setItem(key, value) {
      this.writes++;
      kept.set(key, value);
    },
  };
}

describe("the timeline's remembered width", () => {
  it('gives back the width measured at the same window width, and nothing at another', () => {
    const store = memoryStore();
    expect(rememberedFrameWidth(1280, store)).toBeNull();
    rememberFrameWidth(1280, 1238, store);
    expect(rememberedFrameWidth(1280, store)).toBe(1238);
    expect(rememberedFrameWidth(1281, store)).toBeNull();
  });

  it('keeps the latest measurement: a width that no longer holds is replaced', () => {
    const store = memoryStore();
    rememberFrameWidth(1280, 1238, store);
    rememberFrameWidth(1280, 1222, store);
    expect(rememberedFrameWidth(1280, store)).toBe(1222);
    rememberFrameWidth(1280, 1222, store);
    expect(store.writes).toBe(2);
  });

  it('ignores what is not a width it kept, and a frame not laid out yet', () => {
    const store = memoryStore();
    for (const text of ['{', '42', 'null', '{"viewport":1280,"measure":"1238"}', '{"viewport":1280,"measure":-5}']) {
      store.setItem('credit-lens/board-timeline-width', text);
      expect(rememberedFrameWidth(1280, store)).toBeNull();
    }
    rememberFrameWidth(1280, 0, store);
    expect(rememberedFrameWidth(1280, store)).toBeNull();
    expect(rememberedFrameWidth(1280, null)).toBeNull();
  });

  it('survives storage that refuses to be read or written', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(rememberedFrameWidth(1280, broken)).toBeNull();
    expect(() => rememberFrameWidth(1280, 1238, broken)).not.toThrow();
  });
});

describe("the list's remembered top", () => {
  it('is kept apart from the timeline\'s width, per window width', () => {
    const store = memoryStore();
    rememberFrameWidth(1280, 1238, store);
    expect(rememberedListTop(1280, store)).toBeNull();
    rememberListTop(1280, 595, store);
    expect(rememberedListTop(1280, store)).toBe(595);
    expect(rememberedFrameWidth(1280, store)).toBe(1238);
    expect(rememberedListTop(1400, store)).toBeNull();
  });
});
