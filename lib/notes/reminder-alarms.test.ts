import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { pseudoText } from '../i18n/pseudo';
import { DAILY_ALARM, openReminder, showReminder, startReminders, syncReminders } from './reminder-alarms';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type NotesDoc } from './schema';
import { serveNotesOps, updateNotes } from './store';
import { ACCOUNT_ID, aCode, anAccount } from './test-fixtures';
import { planOf } from '../../tests/support/reminder-plan';

const NOW = new Date('2026-11-24T12:00:00Z');
const UTC = { timeZone: 'UTC' };
const book = (notes: Partial<NotesDoc>) => ({
  notes: { ...EMPTY_NOTES, accounts: [anAccount()], ...notes },
  observations: {},
  settings: DEFAULT_SETTINGS,
});
const alarmTimes = async () =>
  Object.fromEntries((await browser.alarms.getAll()).map((a) => [a.name, new Date(a.scheduledTime).toISOString()]));

describe('reminder alarms', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('schedules one alarm per planned reminder, plus one after midnight for the badge', async () => {
    const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] });
    await syncReminders(b, NOW, UTC);
    const [sevenDays, oneDay] = planOf(b, NOW, UTC);
    expect(await alarmTimes()).toEqual({
      [sevenDays!.name]: '2026-11-27T09:00:00.000Z',
      [oneDay!.name]: '2026-12-03T09:00:00.000Z',
      [DAILY_ALARM]: '2026-11-25T00:01:00.000Z',
    });
  });

  it('re-planning clears reminders no longer wanted and leaves other alarms alone', async () => {
    const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] });
    await syncReminders(b, NOW, UTC);
    await browser.alarms.create('someone-else', { when: NOW.getTime() + 1000 });
    await syncReminders(book({ codes: [aCode({ receivedOn: '2026-11-20', status: 'applied' })] }), NOW, UTC);
    expect(Object.keys(await alarmTimes()).sort()).toEqual([DAILY_ALARM, 'someone-else']);
  });

  it('moves an alarm when the lead days change', async () => {
    const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] });
    await syncReminders({ ...b, settings: { ...DEFAULT_SETTINGS, reminderLeadDays: [2] } }, NOW, UTC);
    expect(Object.values(await alarmTimes())).toContain('2026-12-02T09:00:00.000Z');
    expect(Object.values(await alarmTimes())).not.toContain('2026-12-03T09:00:00.000Z');
  });

  it('the badge shows the days to the nearest deadline, and nothing when there is none', async () => {
    await syncReminders(book({ codes: [aCode({ activateBy: '2026-11-27' }), aCode({ id: 'c2', activateBy: '2026-12-20' })] }), NOW, UTC);
    expect(await browser.action.getBadgeText({})).toBe('3');
    await syncReminders(book({ codes: [aCode({ activateBy: '2026-11-24' })] }), NOW, UTC);
    expect(await browser.action.getBadgeText({})).toBe('0');
    await syncReminders(book({}), NOW, UTC);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('the toolbar button\'s tooltip says how near the nearest deadline is', async () => {
    await syncReminders(book({ codes: [aCode({ activateBy: '2026-11-27' })] }), NOW, UTC);
    expect(await browser.action.getTitle({})).toBe('Credit Lens: nearest deadline in 3 days');
    await syncReminders(book({ codes: [aCode({ activateBy: '2026-11-25' })] }), NOW, UTC);
    expect(await browser.action.getTitle({})).toBe('Credit Lens: nearest deadline in 1 day');
    await syncReminders(book({ codes: [aCode({ activateBy: '2026-11-24' })] }), NOW, UTC);
    expect(await browser.action.getTitle({})).toBe('Credit Lens: a deadline today');
    await syncReminders(book({}), NOW, UTC);
    expect(await browser.action.getTitle({})).toBe('Credit Lens');
  });

  it('notifications and the tooltip follow the Language setting', async () => {
    const b = { ...book({ codes: [aCode({ receivedOn: '2026-11-20' })] }), settings: { ...DEFAULT_SETTINGS, language: 'en-XA' as const } };
    await syncReminders(b, NOW, UTC);
    expect(await browser.action.getTitle({})).toBe(pseudoText('Credit Lens: nearest deadline in {count} days').replace('{count}', '10'));
    const [, oneDay] = planOf(b, NOW, UTC);
    await showReminder(oneDay!.name, b, new Date(oneDay!.when), UTC);
    const shown = (await browser.notifications.getAll())[oneDay!.name] as unknown as { title: string; message: string };
    // The deadline's own title is a message inside the notification's; the code and the day stay as they are.
    const [title, deadline] = [pseudoText('{title}: deadline {when}'), pseudoText('Activate code {code}')];
    expect(shown.title).toBe(title.replace('{title}', deadline.replace('{code}', 'TTADS-2026-XYZ')).replace('{when}', 'tomorrow'));
    expect(shown.message.split('\n')).toHaveLength(2);
  });

  it('a firing alarm shows a notification; a stale one shows nothing', async () => {
    const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] });
    const [, oneDay] = planOf(b, NOW, UTC);
    await showReminder(oneDay!.name, b, new Date(oneDay!.when), UTC);
    const shown = await browser.notifications.getAll();
    expect(shown).toEqual({
      [oneDay!.name]: expect.objectContaining({ type: 'basic', iconUrl: '/icon/128.png', title: 'Activate code TTADS-2026-XYZ: deadline tomorrow' }),
    });
    expect((shown[oneDay!.name] as unknown as { message: string }).message).toBe(
      `Enter code TTADS-2026-XYZ in Billing (“Redeem coupon”, then Activate) by the end of this day: promotional codes must be activated within 14 days of receiving them, unless the code says otherwise.\nShop ads (${ACCOUNT_ID})`,
    );
    await browser.notifications.clear(oneDay!.name);
    await showReminder(oneDay!.name, book({}), new Date(oneDay!.when), UTC);
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('clicking a reminder opens that account\'s payment page in Ads Manager', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const [reminder] = planOf(book({ codes: [aCode({ receivedOn: '2026-11-20' })] }), NOW, UTC);
    await browser.notifications.create(reminder!.name, { type: 'basic', iconUrl: '', title: '', message: '' });
    await openReminder(reminder!.name);
    expect(create).toHaveBeenCalledWith({ url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT_ID}` });
    expect(await browser.notifications.getAll()).toEqual({});
    await openReminder('not-ours');
    expect(create).toHaveBeenCalledTimes(1);
    // An id too short to be an advertiser's: no tab on a page that is not there, the notice still goes.
    const stray = reminder!.name.replace(ACCOUNT_ID, '42');
    await browser.notifications.create(stray, { type: 'basic', iconUrl: '', title: '', message: '' });
    await openReminder(stray);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('in the background: a code added anywhere is planned, its alarm notifies, the click opens Ads Manager', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    serveNotesOps();
    const reminders = startReminders({ clock: () => NOW });
    await updateNotes({ type: 'code/upsert', code: aCode({ receivedOn: '2026-11-20' }) });
    await vi.waitFor(async () => expect((await browser.alarms.getAll()).length).toBe(3));
    const reminder = (await browser.alarms.getAll()).find((a) => a.name !== DAILY_ALARM)!;

    await fakeBrowser.alarms.onAlarm.trigger(reminder as never);
    await vi.waitFor(async () => expect(Object.keys(await browser.notifications.getAll())).toEqual([reminder.name]));
    await fakeBrowser.notifications.onClicked.trigger(reminder.name);
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());

    await updateNotes({ type: 'code/delete', id: 'code-1' });
    await vi.waitFor(async () => expect((await browser.alarms.getAll()).map((a) => a.name)).toEqual([DAILY_ALARM]));
    expect(await browser.action.getBadgeText({})).toBe('');
    reminders.stop();
    await reminders.idle();
  });
});
