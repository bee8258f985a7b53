/**
 * The notes' single writer (lib/notes/store.ts) and the reminders in a real Chromium service worker:
 * ops sent from an extension page are answered, refused ops say why, reminders become alarms and
 * the badge counts the days.
 */
import { addDays, localDateOf, systemTimeZone } from '../../lib/credit/calendar';
import { workerSleeper } from '../../scripts/browser.ts';
import type { Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import { ACCOUNT_ID, expect, test } from './extension';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { set(items: Record<string, unknown>): Promise<void>; get(keys: null): Promise<Record<string, unknown>> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
  action: {
    getBadgeText(details: Record<string, never>): Promise<string>;
    getTitle(details: Record<string, never>): Promise<string>;
    setBadgeText(details: { text: string }): Promise<void>;
  };
};

/** Sends an op to the background from an extension page, as the popup and the options page do; its reply. */
const sendOp = (page: Page, op: unknown) => page.evaluate(([type, o]) => chrome.runtime.sendMessage({ type, op: o }), [NOTES_OP_MESSAGE, op] as const);

const STAMP = '2026-11-01T10:00:00.000Z';
const code = (activateBy: string) => ({
  id: 'code-e2e',
  accountId: ACCOUNT_ID,
  code: 'E2E-CODE',
  source: null,
  receivedOn: activateBy,
  activateBy,
  expiresOn: null,
  amount: null,
  currency: null,
  status: 'unused',
  rejectedCause: null,
  rejectedMessage: null,
  appliedOn: null,
  createdAt: STAMP,
  updatedAt: STAMP,
});

test('ops from an extension page are applied by the background, reminders and badge follow', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // A value another version left broken: it must be kept aside, not erased, by the next write.
  await page.evaluate(() => chrome.storage.local.set({ notes: 'not notes', notes$: { v: 2 } }));

  const activateBy = addDays(localDateOf(new Date(), systemTimeZone()), 4);
  const send = (op: unknown) => sendOp(page, op);
  expect(await send({ type: 'code/upsert', code: code(activateBy) })).toEqual({ ok: true });
  const refused = (await send({ type: 'code/upsert', code: { ...code(activateBy), receivedOn: '24/11/2026' } })) as { ok: boolean; error: string };
  expect(refused.ok).toBe(false);
  expect(refused.error).toContain('op.code.receivedOn');

  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  expect((stored.notes as { codes: { id: string }[] }).codes.map((c) => c.id)).toEqual(['code-e2e']);
  expect(stored.quarantine).toMatchObject([{ key: 'notes', path: '', value: 'not notes' }]);

  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('4');
  // The tooltip is worded in the worker, from the catalogue built into it (a service worker cannot import()).
  await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({}))).toBe('Credit Lens: nearest deadline in 4 days');
  await expect
    .poll(async () => (await worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort())
    .toEqual(['credit-lens:daily', `credit-lens:reminder:code-activation:${ACCOUNT_ID}:1:code:code-e2e`]);
});

test("an extension page asks the background's worker for the notes by post, as the board and popup do (lib/notes/worker-post.ts)", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // A page opened before the worker was first activated is not its client (it asks by runtime message,
  // snapshot.ts); every page opened after is, as on any later start of the browser.
  await page.evaluate('navigator.serviceWorker.ready');
  await page.reload();
  expect(await page.evaluate('navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL')).toBe(`chrome-extension://${extensionId}/background.js`);
  const post = (message: unknown) =>
    page.evaluate(
      `new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        navigator.serviceWorker.controller.postMessage(${JSON.stringify(message)}, [channel.port2]);
      })`,
    ) as Promise<{ ok?: boolean; json?: string } | null>;
  const reply = await post({ type: 'credit-lens/notes-snapshot' });
  expect(reply?.ok).toBe(true);
  expect(JSON.parse(reply!.json!)).toMatchObject({ notes: { offers: [], codes: [] }, settings: {} });
  expect(await post({ type: 'something else' }), 'an ask it does not know is answered at once, with nothing').toBeNull();
});

test('a popup that wakes the stopped worker gets the notes, and the worker then plans the reminders again from the same read', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const activateBy = addDays(localDateOf(new Date(), systemTimeZone()), 4);
  expect(await sendOp(page, { type: 'code/upsert', code: code(activateBy) })).toEqual({ ok: true });
  await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({}))).toBe('4');
  // As the browser leaves it after half a minute idle: the worker stopped, with nothing of its plan left
  // for it to find but what it makes again as it wakes.
  await (await workerSleeper(context, page, extensionId))();
  await page.evaluate(async () => {
    await chrome.alarms.clearAll();
    await chrome.action.setBadgeText({ text: '' });
  });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('code').filter({ hasText: 'E2E-CODE' })).toBeVisible();
  await expect.poll(() => popup.evaluate(() => chrome.action.getBadgeText({}))).toBe('4');
  await expect
    .poll(async () => (await popup.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort())
    .toEqual(['credit-lens:daily', `credit-lens:reminder:code-activation:${ACCOUNT_ID}:1:code:code-e2e`]);
});

test("a popup opened while the worker sleeps shows the notes from the copy the worker kept, without waking it; after a change, the worker's again", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const send = (op: unknown) => sendOp(page, op);
  const activateBy = addDays(localDateOf(new Date(), systemTimeZone()), 4);
  expect(await send({ type: 'code/upsert', code: code(activateBy) })).toEqual({ ok: true });
  /** The codes the popup shows as soon as it has notes. */
  const codesIn = async (popup: Page) => {
    await expect(popup.getByTestId('popup')).toHaveAttribute('data-ready', 'true');
    return (await popup.getByTestId('code').allTextContents()).map((text) => /E2E-CODE|SECOND-CODE/.exec(text)?.[0]).sort();
  };
  const openPopup = async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    return popup;
  };

  // Opened while the worker is awake, the popup asks it; the worker keeps its reply in session storage.
  const awake = await openPopup();
  expect(await codesIn(awake)).toEqual(['E2E-CODE']);
  await awake.close();
  await expect.poll(async () => Object.keys(await page.evaluate(() => chrome.storage.session.get('notesCopy')))).toEqual(['notesCopy']);

  const sleep = await workerSleeper(context, page, extensionId);
  await sleep();
  const asleep = await openPopup();
  expect(await codesIn(asleep)).toEqual(['E2E-CODE']);
  // Given the time a wake would take to be reported (it is reported within a few ms).
  await asleep.waitForTimeout(500);
  expect(sleep.running(), 'the popup woke the worker').toBe(false);
  await asleep.close();

  // A change made since (from the options page: it wakes the worker, which writes it): the copy is old,
  // and the next popup, opened with the worker asleep again, asks it and shows the change.
  expect(await send({ type: 'code/upsert', code: { ...code(activateBy), id: 'code-2', code: 'SECOND-CODE' } })).toEqual({ ok: true });
  await sleep();
  const after = await openPopup();
  expect(await codesIn(after)).toEqual(['E2E-CODE', 'SECOND-CODE']);
  expect(sleep.running()).toBe(true);
});
