import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { testScope } from '../../../lib/overlay/test-scope';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DockEdgeMemory, edgeFor } from './dock-edge';

describe("the dock's edge, kept per site", () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads an edge only when it is one; anything else is no choice', () => {
    expect(edgeFor({ 'ads.tiktok.com': 'left' }, 'ads.tiktok.com')).toBe('left');
    expect(edgeFor({ 'ads.tiktok.com': 'left' }, 'business.tiktok.com')).toBeNull();
    expect(edgeFor({ 'ads.tiktok.com': 'middle' }, 'ads.tiktok.com')).toBeNull();
    expect(edgeFor('garbage', 'ads.tiktok.com')).toBeNull();
    expect(edgeFor(null, 'ads.tiktok.com')).toBeNull();
  });

  it('remembers a move for its site only, and a new session on that site starts there', async () => {
    const { scope } = testScope();
    const changed = vi.fn();
    const ads = new DockEdgeMemory(scope, 'ads.tiktok.com', changed);
    await ads.move('top');
    expect(ads.edge).toBe('top');
    expect((await browser.storage.local.get('dockEdges')).dockEdges).toEqual({ 'ads.tiktok.com': 'top' });

    const again = new DockEdgeMemory(testScope().scope, 'ads.tiktok.com', changed);
    await vi.waitFor(() => expect(again.edge).toBe('top'));
    const business = new DockEdgeMemory(testScope().scope, 'business.tiktok.com', changed);
    await new Promise((done) => setTimeout(done, 10));
    expect(business.edge).toBe('right');
  });

  it("reads an edge an earlier version stored through its WXT storage item, and follows another tab's move", async () => {
    await storage.defineItem<Record<string, unknown>>('local:dockEdges', { fallback: {}, version: 1 }).setValue({ 'ads.tiktok.com': 'left' });
    const changed = vi.fn();
    const memory = new DockEdgeMemory(testScope().scope, 'ads.tiktok.com', changed);
    await vi.waitFor(() => expect(memory.edge).toBe('left'));
    await new DockEdgeMemory(testScope().scope, 'ads.tiktok.com', () => {}).move('bottom');
    await vi.waitFor(() => expect(memory.edge).toBe('bottom'));
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
