import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { isOutOfSight } from './out-of-sight';

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
