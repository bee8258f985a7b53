/**
 * The background's reminders: the plan (lib/notes/reminders.ts) kept in `browser.alarms`, a
 * notification when one fires, the Ads Manager payment page when it is clicked, and the toolbar
 * badge with the days to the nearest deadline. Alarms survive the service worker sleeping; the
 * plan is rebuilt from the notes on startup, on every change, and just after each local midnight.
 */
import { browser } from 'wxt/browser';
import { chooseLocale } from '../i18n/locales';
import { msg } from '../i18n/message';
import { loadNotifyTranslator } from '../i18n/notify-catalog';
import type { Translator } from '../i18n/translate';
import { paymentPageUrl } from '../reader/page-kind';
import { linesText } from './deadline-text';
import { deadlinesOf, nearestDeadlineDays, type DeadlineOptions } from './deadlines';
import { parseReminderName, planReminders, reminderNotice, REMINDER_PREFIX } from './reminders';
import type { ReadNotes } from './kept-notes';
import type { StoredNotes } from './schema';
import { loadNotes, watchNotes } from './store';
import { addDays, localDateOf, startOfDay, systemTimeZone } from '../credit/calendar';

/** Wakes the worker after midnight, when the badge's day count changes. */
export const DAILY_ALARM = 'credit-lens:daily';
export const NOTIFICATION_ICON = '/icon/128.png';
const URGENT_BADGE_COLOR = '#B3261E';
const CALM_BADGE_COLOR = '#5F5D5B';

const toolbarAction = () => browser.action ?? browser.browserAction;

function browserLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : null;
  }
}

/** The words of notifications and the tooltip: the Language setting's, or the browser's on "automatic". */
export function notifyTranslator(book: Pick<StoredNotes, 'settings'>, opts: DeadlineOptions = {}): Promise<Translator> {
  return loadNotifyTranslator(chooseLocale(book.settings.language, browserLanguage()), opts.timeZone ?? systemTimeZone());
}

/** The days to the nearest deadline on the toolbar button, with a tooltip that says what they count. */
async function updateBadge(book: StoredNotes, days: number | null, timeZone: string): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: days === null ? '' : String(days) });
  if (days !== null) await action.setBadgeBackgroundColor({ color: days <= 1 ? URGENT_BADGE_COLOR : CALM_BADGE_COLOR });
  const t = await notifyTranslator(book, { timeZone });
  const tooltip = days === null ? msg('notify.badgeTooltipNone') : days === 0 ? msg('notify.badgeTooltipToday') : msg('notify.badgeTooltip', { count: days });
  await action.setTitle({ title: t.t(tooltip) });
}

/** Makes `browser.alarms` match the plan: stale reminders cleared, missing or moved ones created. */
export async function syncReminders(book: StoredNotes, now: Date, opts: DeadlineOptions = {}): Promise<void> {
  // One list of deadlines, in one time zone, for the alarms and the badge: a wake used to work out the
  // whole notebook's deadlines twice.
  const timeZone = opts.timeZone ?? systemTimeZone();
  const deadlines = deadlinesOf(book.notes, book.observations, now, { timeZone });
  const plan = planReminders(deadlines, book.settings, now, timeZone);
  const planned = new Map(plan.map((reminder) => [reminder.name, reminder.when]));
  // A copy: clearing while iterating the browser's own list could skip alarms.
  const existing = [...(await browser.alarms.getAll())];
  for (const alarm of existing) {
    if (alarm.name.startsWith(REMINDER_PREFIX) && !planned.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  const scheduled = new Map(existing.map((alarm) => [alarm.name, alarm.scheduledTime]));
  for (const { name, when } of plan) {
    if (scheduled.get(name) !== when) await browser.alarms.create(name, { when });
  }
  const nextMidnight = startOfDay(addDays(localDateOf(now, timeZone), 1), timeZone).getTime();
  await browser.alarms.create(DAILY_ALARM, { when: nextMidnight + 60_000 });
  await updateBadge(book, nearestDeadlineDays(deadlines, now, timeZone), timeZone);
}

export async function showReminder(name: string, book: StoredNotes, now: Date, opts: DeadlineOptions = {}): Promise<void> {
  const notice = reminderNotice(name, book, now, opts);
  if (!notice) return;
  const t = await notifyTranslator(book, opts);
  await browser.notifications.create(name, { type: 'basic', iconUrl: NOTIFICATION_ICON, title: t.t(notice.title), message: linesText(t, notice.message) });
}

export async function openReminder(notificationId: string): Promise<void> {
  const reminder = parseReminderName(notificationId);
  if (!reminder) return;
  const url = paymentPageUrl(reminder.accountId);
  if (url) await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}

/**
 * Registers the listeners (synchronously, as MV3 requires for events that wake the worker) and
 * plans once. Syncs run one after another so two plans never interleave their alarm changes. `read`
 * is the notes the background keeps (kept-notes.ts), so a plan and a page's snapshot share one read.
 */
export function startReminders({ read = loadNotes, clock = () => new Date() }: { read?: ReadNotes; clock?: () => Date } = {}): {
  stop: () => void;
  idle: () => Promise<void>;
} {
  let chain: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>) => {
    chain = chain.then(task).catch((error: unknown) => console.warn('[credit-lens] reminders', error));
  };
  const resync = (book?: StoredNotes) => serially(async () => syncReminders(book ?? (await read()), clock()));

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === DAILY_ALARM) resync();
    else if (alarm.name.startsWith(REMINDER_PREFIX)) serially(async () => showReminder(alarm.name, await read(), clock()));
  };
  const onClicked = (id: string) => void openReminder(id).catch((error: unknown) => console.warn('[credit-lens] reminder click', error));
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  const unwatch = watchNotes((loaded) => resync(loaded));
  // The plan on waking waits a task once the notes are read. What usually wakes the worker is a page's
  // ask for them (the popup, the board), which shares this read: its reply goes first, and the plan
  // (every deadline of the notebook, worked out by code that has not run yet) after it.
  serially(async () => {
    const book = await read();
    await new Promise((next) => setTimeout(next));
    await syncReminders(book, clock());
  });
  return {
    stop: () => {
      unwatch();
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.notifications.onClicked.removeListener(onClicked);
    },
    idle: () => chain,
  };
}
