import { describe, expect, it } from 'vitest';
import { NOTES_VERSION, SETTINGS_VERSION, migrate, migrateNotes, settingsMigrations, type CodeV1, type NotesV1, type NotesV2 } from './migrations';
import { NotesDoc, Settings } from './schema';
import { aCode, aFix } from './test-fixtures';

const v1Code = (): CodeV1 => {
  const { activateBy: _a, rejectedCause: _r, ...code } = aCode({ status: 'rejected', rejectedMessage: 'This code has expired' });
  return code;
};
const v1Notes = (): NotesV1 => ({ accounts: [], offers: [], codes: [v1Code()], notes: [] });

describe('notes migrations', () => {
  it('v1 -> v2: codes gain activateBy and rejectedCause as null ("use the 14-day rule", "cause unknown")', () => {
    const migrated = migrateNotes(v1Notes(), 1);
    expect(NotesDoc.safeParse(migrated).success).toBe(true);
    expect((migrated as NotesDoc).codes[0]).toEqual({ ...v1Code(), activateBy: null, rejectedCause: null });
  });

  it('v1 -> v2 keeps values a user already had', () => {
    const code = { ...v1Code(), activateBy: '2026-12-01' };
    expect((migrateNotes({ ...v1Notes(), codes: [code] }, 1) as NotesDoc).codes[0]!.activateBy).toBe('2026-12-01');
  });

  it('v2 -> v3: notes gain an empty list of fixes, and a list already there is kept', () => {
    const v2: NotesV2 = { accounts: [], offers: [], codes: [aCode()], notes: [] };
    const migrated = migrateNotes(v2, 2);
    expect(NotesDoc.parse(migrated)).toEqual({ ...v2, fixes: [] });
    const already = { ...v2, fixes: [aFix()] };
    expect((migrateNotes(already, 2) as NotesDoc).fixes).toEqual([aFix()]);
    expect(NotesDoc.safeParse(migrateNotes(v1Notes(), 1)).success).toBe(true);
  });

  it('leaves what it does not understand alone, for validation to quarantine, rather than throwing', () => {
    expect(migrateNotes('garbage', 1)).toBe('garbage');
    expect((migrateNotes({ codes: 'nope' }, 1) as { codes: unknown }).codes).toBe('nope');
    expect((migrateNotes({ codes: [7] }, 1) as { codes: unknown[] }).codes).toEqual([7]);
  });

  it('a current value passes unchanged', () => {
    const current = { accounts: [], offers: [], codes: [aCode()], notes: [], fixes: [] };
    expect(migrateNotes(current, NOTES_VERSION)).toBe(current);
  });

  it('runs every step in order from the stored version', () => {
    const steps = { 2: (v: unknown) => `${String(v)}>2`, 3: (v: unknown) => `${String(v)}>3` };
    expect(migrate('v1', 1, steps, 3)).toBe('v1>2>3');
    expect(migrate('v2', 2, steps, 3)).toBe('v2>3');
  });
});

describe('settings migrations', () => {
  const v1Settings = () => ({ reminderLeadDays: [7, 1], overlayOn: { ads: true, business: false }, dismissedHints: ['a'], overlayMinimised: true });

  it('v1 -> v2: settings gain the language choice, automatic, and keep everything else', () => {
    const migrated = migrate(v1Settings(), 1, settingsMigrations, 2);
    expect(migrated).toEqual({ ...v1Settings(), language: 'auto' });
  });

  it('v2 -> v3: settings gain "show marks", on, and keep a choice already made', () => {
    const v2 = { ...v1Settings(), language: 'de' };
    expect(Settings.parse(migrate(v2, 2, settingsMigrations, SETTINGS_VERSION))).toEqual({ ...v2, showMarks: true });
    expect((migrate({ ...v2, showMarks: false }, 2, settingsMigrations, SETTINGS_VERSION) as { showMarks: boolean }).showMarks).toBe(false);
    expect(Settings.parse(migrate(v1Settings(), 1, settingsMigrations, SETTINGS_VERSION))).toEqual({ ...v1Settings(), language: 'auto', showMarks: true });
  });

  it('keeps a language already chosen, and leaves what it does not understand alone', () => {
    expect((migrate({ ...v1Settings(), language: 'ja' }, 1, settingsMigrations, SETTINGS_VERSION) as { language: string }).language).toBe('ja');
    expect(migrate('garbage', 1, settingsMigrations, SETTINGS_VERSION)).toBe('garbage');
  });

  it('an export file written before the language setting reads as automatic; an unknown language is refused', () => {
    expect(Settings.parse(v1Settings()).language).toBe('auto');
    expect(Settings.safeParse({ ...v1Settings(), language: 'xx' }).success).toBe(false);
    expect(Settings.safeParse({ ...v1Settings(), language: 'en-XA' }).success).toBe(true);
  });
});
