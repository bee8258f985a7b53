import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import '../../scripts/happy-dom-fixes';
import { isOutOfSight, type StyleVerdicts } from './out-of-sight';

function page(body: string): Document {
  const window = new Window();
  window.document.write(`<!doctype html><html><head><style>
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; }
    .inset { clip-path: inset(50%); }
    .parked { position: absolute; left: -9999px; }
    .nudged { position: relative; left: -20px; }
  </style></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('isOutOfSight on a saved page (no layout: styles decide)', () => {
  const document = page(`
    <div class="sr-only"><span><b id="in-sr">$5</b></span></div>
    <span id="inset" class="inset">$7</span>
    <div class="parked"><span id="parked">$8</span></div>
    <span id="nudged" class="nudged">$9</span>
    <span id="plain">$10</span>`);
  const at = (id: string) => document.getElementById(id)!;

  it('sees a value clipped to a pixel, clipped away, or parked far off the page', () => {
    // (`clip: rect(0 0 0 0)` too, where the DOM computes it: happy-dom leaves `clip` empty.)
    for (const id of ['in-sr', 'inset', 'parked']) expect(isOutOfSight(at(id)), id).toBe(true);
  });

  it('keeps a value on the page, even one nudged a little to the left', () => {
    expect(isOutOfSight(at('plain'))).toBe(false);
    expect(isOutOfSight(at('nudged'))).toBe(false);
  });
});

describe('style verdicts remembered between text-only re-reads', () => {
  const document = page(`
    <div class="sr-only"><span><b id="in-sr">$5</b></span></div>
    <div class="parked"><span id="parked">$8</span></div>
    <span id="nudged" class="nudged">$9</span>
    <span id="plain">$10</span>`);
  const ids = ['in-sr', 'parked', 'nudged', 'plain'];
  const at = (id: string) => document.getElementById(id)!;

  it('answers from remembered verdicts as a fresh judgement does, before and after the texts change', () => {
    const verdicts: StyleVerdicts = new Map();
    const fresh = ids.map((id) => isOutOfSight(at(id)));
    expect(ids.map((id) => isOutOfSight(at(id), verdicts))).toEqual(fresh);
    expect(verdicts.size).toBeGreaterThan(ids.length); // the ancestors are remembered too
    for (const id of ids) at(id).firstChild!.textContent = '$1,234,567.89';
    expect(ids.map((id) => isOutOfSight(at(id), verdicts))).toEqual(ids.map((id) => isOutOfSight(at(id))));
    expect(ids.map((id) => isOutOfSight(at(id), verdicts))).toEqual([true, true, false, false]);
  });
});
