// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import * as timeline from '../../lib/board/timeline';
import { DEFAULT_SETTINGS } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import { aCode, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import type { NotesServices } from '../popup/services';
import * as words from '../../lib/i18n/board-translator';
import { Board, LOADING_SHOWN_AFTER_MS } from './Board';
import { listHeightFor } from './BoardList';
import { layoutFor } from './list-layout';
import { rememberedListTop, rememberListTop } from './remembered-layout';
import { afterPaint } from './testing';

vi.mock('../../lib/i18n/board-translator', async (actual) => {
  const real = await actual<typeof import('../../lib/i18n/board-translator')>();
  return { ...real, loadBoardTranslator: vi.fn(real.loadBoardTranslator) };
});
vi.mock('../../lib/board/timeline', async (actual) => {
  const real = await actual<typeof import('../../lib/board/timeline')>();
  return { ...real, timelineGeometry: vi.fn(real.timelineGeometry) };
});

const FRAME_WIDTH = 1200;
const NOW = new Date('2026-11-24T12:00:00Z');
const LOADED: LoadedNotes = {
  notes: { accounts: [anAccount()], offers: [anOffer({ qualifyBy: '2026-12-15' })], codes: [aCode()], notes: [], fixes: [] },
  settings: DEFAULT_SETTINGS,
  observations: {},
  quarantined: [],
  storageWarning: null,
};

let root: HTMLDivElement;
/** What the board asked for, in order: its notes, or a measurement (which makes a browser lay the page out). */
let asked: string[] = [];
const clientWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth')!;
/** As a browser's: it reports an element's size once the page is laid out (here, right away). */
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() => this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver));
  }
  unobserve() {}
  disconnect() {}
}
beforeEach(() => {
  // happy-dom lays nothing out: the timeline's frame gets the width a browser would give it.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      asked.push('width');
      return this.classList.contains('timeline-frame') ? FRAME_WIDTH : 0;
    },
  });
  vi.stubGlobal('ResizeObserver', ReportingResizeObserver);
  asked = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', clientWidth);
  vi.unstubAllGlobals();
  vi.mocked(timeline.timelineGeometry).mockClear();
});

/** Renders the board and lets its words arrive: it draws nothing before its language has (lib/i18n/board-translator.ts). */
async function mount(services: NotesServices) {
  await act(async () => render(<Board services={services} />, root));
  await act(async () => {
    await words.loadBoardTranslator('en', 'UTC');
  });
  await act(async () => {});
}

/** Services whose notes never arrive; asking for them is recorded in `asked`. */
function notesNeverArriving(): NotesServices {
  return {
    loadNotes: () => {
      asked.push('notes');
      return new Promise(() => {});
    },
    watchNotes: () => () => {},
    updateNotes: vi.fn(),
    newId: () => 'id',
    now: () => NOW,
  };
}

describe('the board opening', () => {
  it('draws nothing while its notes are on their way, and says it is loading only when they are slow', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    await mount(notesNeverArriving());
    expect(asked, 'nothing measured: a measurement would lay the page out').toEqual(['notes']);
    expect(root.innerHTML).toBe('');
    await act(async () => void vi.advanceTimersByTime(LOADING_SHOWN_AFTER_MS - 1));
    expect(root.innerHTML).toBe('');
    await act(async () => void vi.advanceTimersByTime(1));
    expect(root.querySelector('.loading')?.textContent).toBe('Opening your notes…');
    // Meanwhile the hidden timeline measures its frame, so the notes' render can be final.
    expect(asked).toContain('width');
  });

  it('asks for its words in the same turn as its notes, not after a first paint: it draws its rows once both are in', async () => {
    const services = notesNeverArriving();
    vi.mocked(words.loadBoardTranslator).mockClear();
    // No act(): what runs before the browser could paint is what the render itself runs.
    render(<Board services={services} />, root);
    expect(asked).toEqual(['notes']);
    expect(vi.mocked(words.loadBoardTranslator)).toHaveBeenCalledTimes(1);
    await act(async () => {});
  });

  it('lays out the timeline with rows once when the notes arrive, at its measured width', async () => {
    let arrive!: (loaded: LoadedNotes) => void;
    const services: NotesServices = {
      loadNotes: () => new Promise((resolve) => (arrive = resolve)),
      watchNotes: () => () => {},
      updateNotes: vi.fn(),
      newId: () => 'id',
      now: () => NOW,
    };
    await mount(services);
    expect(root.querySelector('[data-testid="board-row"]')).toBeNull();
    vi.mocked(timeline.timelineGeometry).mockClear();

    await act(async () => arrive(LOADED));
    const layouts = vi.mocked(timeline.timelineGeometry).mock.calls.filter(([rows]) => rows.length > 0);
    expect(layouts.map(([rows, options]) => [rows.length, options.width])).toEqual([[2, FRAME_WIDTH - 190 - 16]]);
    expect(root.querySelectorAll('[data-testid="board-row"]')).toHaveLength(2);
    expect(root.querySelectorAll('[data-testid="timeline-bar"]')).toHaveLength(2);
    expect(root.querySelector<HTMLElement>('[data-testid="timeline"]')!.style.visibility).toBe('');
  });
});

/** Services whose notes are `loaded`, at once. */
function notesOf(loaded: LoadedNotes): NotesServices {
  return { loadNotes: async () => loaded, watchNotes: () => () => {}, updateNotes: vi.fn(), newId: () => 'id', now: () => NOW };
}

describe('a board with nothing on it', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('says the notebook has no offers or codes yet, with no counts, no filters and no export of nothing', async () => {
    await mount(notesOf({ ...LOADED, notes: { ...LOADED.notes, offers: [], codes: [] } }));
    expect(root.querySelector('[data-testid="board-empty"]')?.textContent).toBe('No offers or codes in your notes yet. Add them here, or from the toolbar popup on an Ads Manager payment page.');
    expect(root.querySelector('[data-testid="board-summary"]')).toBeNull();
    expect(root.querySelector('[data-testid="search"]')).toBeNull();
    expect(root.querySelector('[data-testid="timeline"]')).toBeNull();
    expect(root.querySelector('[data-testid="export-csv"]')).toBeNull();
  });

  it("gives each row's account and item names whole as a tooltip, where the columns may cut them short", async () => {
    localStorage.clear();
    await openOnManyRows();
    const row = root.querySelector('[data-testid="board-row"]')!;
    for (const col of ['account', 'item']) {
      const name = row.querySelector<HTMLElement>(`td[data-col="${col}"] .cell-main`)!;
      expect(name.textContent).not.toBe('');
      expect(name.title).toBe(name.textContent);
    }
  });

  it('keeps its filters and counts when a view matches none of its rows, so the view can be undone', async () => {
    history.replaceState(null, '', `${location.pathname}?q=no-such-code`);
    await mount(notesOf(LOADED));
    expect(root.querySelectorAll('[data-testid="board-row"]')).toHaveLength(0);
    expect(root.querySelector('[data-testid="board-empty"]')).toBeNull();
    expect(root.querySelector('[data-testid="shown-count"]')?.getAttribute('data-count')).toBe('0');
    expect(root.querySelector<HTMLInputElement>('[data-testid="search"]')!.value).toBe('no-such-code');
  });
});

describe('the board opening again at the same window width', () => {
  it('draws its bars at the width it remembered, the width a fresh measurement gives, before it measures', async () => {
    localStorage.clear();
    const real = await vi.importActual<typeof import('../../lib/board/timeline')>('../../lib/board/timeline');
    vi.mocked(timeline.timelineGeometry).mockImplementation((rows, options) => {
      if (rows.length > 0) asked.push(`layout at ${options.width}`);
      return real.timelineGeometry(rows, options);
    });
    const services: NotesServices = { ...notesNeverArriving(), loadNotes: () => Promise.resolve(LOADED) };
    try {
      await mount(services);
      const fresh = asked.filter((step) => step.startsWith('layout'));
      expect(fresh.at(-1)).toBe(`layout at ${FRAME_WIDTH - 190 - 16}`);
      render(null, root);

      asked = [];
      await mount(services);
      expect(asked.filter((step) => step.startsWith('layout'))).toEqual([fresh.at(-1)]);
      expect(asked.indexOf(fresh.at(-1)!)).toBeLessThan(asked.indexOf('width'));
      expect(root.querySelectorAll('[data-testid="timeline-bar"]')).toHaveLength(2);
    } finally {
      vi.mocked(timeline.timelineGeometry).mockImplementation(real.timelineGeometry);
      localStorage.clear();
    }
  });
});

/** Where a browser would lay the list out: this far down the window (happy-dom lays out nothing). */
function listStartsAt(top: number) {
  const real = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return this.classList.contains('list-scroll') ? DOMRect.fromRect({ x: 0, y: top, width: FRAME_WIDTH, height: listHeightFor(innerHeight) }) : real.call(this);
  });
}

/** Opens the board on 40 codes and lets the notes' render run, and nothing that waits for a frame to be painted. */
async function openOnManyRows(): Promise<number> {
  const codes = Array.from({ length: 40 }, (_, i) => aCode({ id: `c${i}`, code: `CODE-${i}` }));
  // As a browser lays the list out: as tall as the CSS lets it be.
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')!;
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: (): number => listHeightFor(innerHeight),
  });
  onTestFinished(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
    vi.restoreAllMocks();
    localStorage.clear();
  });
  let arrive!: (loaded: LoadedNotes) => void;
  const services: NotesServices = { ...notesNeverArriving(), loadNotes: () => new Promise((resolve) => (arrive = resolve)) };
  await mount(services);
  arrive({ ...LOADED, notes: { ...LOADED.notes, codes } });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return codes.length;
}
const drawnRows = () => root.querySelectorAll('[data-testid="board-row"]').length;

describe("the board's first paint", () => {
  it("draws the rows in the list's view first, and the rows a scroll would bring once that frame is painted", async () => {
    localStorage.clear();
    const count = await openOnManyRows();
    const { rowHeight, headHeight } = layoutFor(innerWidth);
    const inView = Math.ceil((listHeightFor(innerHeight) - headHeight) / rowHeight);
    expect(drawnRows()).toBe(inView);

    await afterPaint();
    expect(drawnRows()).toBeGreaterThan(inView);
    expect(drawnRows()).toBeLessThan(count + 1);
  });

  // Each of the list's layouts: the rows' heights differ, and the compact one's head takes no room.
  it.each([1400, 1024, 700])('draws only the rows above the fold when it remembers where the list starts, and the rest of its view once painted (%i px)', async (width) => {
    localStorage.clear();
    const { innerHeight: height, innerWidth: widthBefore } = window;
    // happy-dom's own window API, which its global types do not declare.
    const { happyDOM } = window as unknown as { happyDOM: { setWindowSize(size: { width: number; height: number }): void } };
    happyDOM.setWindowSize({ width, height });
    try {
      const { rowHeight, headHeight } = layoutFor(innerWidth);
      // Room below the list's sticky head for two rows and most of a third.
      const top = innerHeight - headHeight - 2.6 * rowHeight;
      rememberListTop(innerWidth, top);
      listStartsAt(top);
      await openOnManyRows();
      expect(drawnRows()).toBe(3);

      await afterPaint();
      expect(drawnRows()).toBeGreaterThan(Math.ceil(listHeightFor(innerHeight) / rowHeight));
    } finally {
      happyDOM.setWindowSize({ width: widthBefore, height });
    }
  });

  it("names each bar by its item on the first paint, and says the rest once painted: its account, state and deadline", async () => {
    localStorage.clear();
    await openOnManyRows();
    const names = () => [...root.querySelectorAll('[data-testid="timeline-bar"]')].map((bar) => bar.getAttribute('aria-label'));
    const first = names();
    expect(first.length).toBeGreaterThan(0);
    expect(first).toContain(anOffer().name);
    expect(first.filter((name) => name !== anOffer().name).every((name) => /^CODE-\d+$/.test(name ?? ''))).toBe(true);

    await afterPaint();
    const spoken = names();
    expect(spoken.length).toBeGreaterThanOrEqual(first.length);
    expect(spoken).toContainEqual(expect.stringMatching(/^Spend-match offer Spend \$500, get \$500, .+: .+\. .+/));
    for (const name of spoken) expect(name).toMatch(/^(Spend-match offer .+|Promo code CODE-\d+), .+: .+\. .+/);
  });

  it('draws the rows the window shows before the frame is painted when the list starts higher than remembered, and remembers where', async () => {
    localStorage.clear();
    const { rowHeight, headHeight } = layoutFor(innerWidth);
    rememberListTop(innerWidth, innerHeight - rowHeight);
    const top = innerHeight - headHeight - 4 * rowHeight;
    listStartsAt(top);
    await openOnManyRows();
    expect(drawnRows()).toBe(4);
    expect(rememberedListTop(innerWidth)).toBe(top);
  });
});
