import { msg } from '../../lib/i18n/message';
import { addedAccount } from '../../lib/notes/defaults';
import { Account, MAX_ACCOUNTS_ADDED } from '../../lib/notes/schema';
import { foldTyped } from '../../lib/hints/typed-text';
import { CURRENCY_CODE } from '../../lib/reader/value-shapes';
import type { FormResult } from '../popup/form-errors';

/** One account a pasted list names, and the line it came from (1-based, as an editor counts). */
export interface ListedAccount {
  line: number;
  id: string;
  name: string | null;
  currency: string | null;
}

/** A line the list cannot take as it is: the user fixes it, nothing is saved until then. */
export interface ListProblem {
  line: number;
  text: string;
  kind: 'no-id' | 'two-ids' | 'long-name';
}

export interface AccountList {
  accounts: ListedAccount[];
  problems: ListProblem[];
}

const ID_RUNS = /(?<!\d)\d{6,25}(?!\d)/g;
const NAME_MAX = 200;
// Left around a name once its ID is taken out of a typed line: "Acme US – 7234…", "7234…: Acme US", "Acme (7234…)".
const EDGE_MARKS = /^[\s,;:|/#()[\]–—-]+|[\s,;:|/#()[\]–—-]+$/g;
// The label Ads Manager and Business Center write before an ID ("ID: 7234…"), in every language.
const ID_LABEL = /(?<![\p{L}\p{N}])ID\s*[:：#]?\s*$/iu;

/**
 * Reads a list of ad accounts as people paste it: typed lines ("7234… Acme US", "Acme US, 7234…"),
 * rows copied from a spreadsheet or Business Center's account list (cells between tabs: one is the
 * ID, the first other text is the name, a currency code is taken too), or a name on its own line
 * above its ID, as account pickers show them. The advertiser ID is the longest run of 6 to 25
 * digits, so a spend or a date beside it is not mistaken for it. A first line without any digit that
 * names no account is the list's heading.
 */
export function readAccountList(text: string): AccountList {
  const accounts: ListedAccount[] = [];
  const problems: ListProblem[] = [];
  const filled = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, text: foldTyped(raw).trim() }))
    .filter((entry) => entry.text !== '');
  const problem = ({ line, text }: Line, kind: ListProblem['kind']) => problems.push({ line, text: shortLine(text), kind });
  // A line without an ID, kept until the next line says whether it is that line's name.
  let held: Line | null = null;
  for (const entry of filled) {
    const read = entry.text.includes('\t') ? readRow(entry.text.split('\t')) : readTyped(entry.text);
    if (read === 'no-id') {
      if (held) problem(held, 'no-id');
      held = entry;
      continue;
    }
    if (held) {
      const name = typeof read === 'object' && read.name === null && !held.text.includes('\t') ? named(read.id, held.text.replace(EDGE_MARKS, ''), read.currency) : null;
      if (name === 'long-name') problem(held, name);
      else if (name) Object.assign(read, name);
      else if (held !== filled[0] || /\d/.test(held.text)) problem(held, 'no-id');
      held = null;
    }
    if (typeof read === 'string') problem(entry, read);
    else accounts.push({ line: entry.line, ...read });
  }
  if (held) problem(held, 'no-id');
  return { accounts, problems };
}

interface Line {
  line: number;
  text: string;
}

/** A line as a message quotes it: on one line, and short enough to read in place (a pasted page would fill the dialog). */
function shortLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > LINE_QUOTED_MAX ? `${flat.slice(0, LINE_QUOTED_MAX - 1)}…` : flat;
}
const LINE_QUOTED_MAX = 60;

type Read = Omit<ListedAccount, 'line'> | ListProblem['kind'];

function readTyped(line: string): Read {
  const id = advertiserId(line.match(ID_RUNS) ?? []);
  if (id === null || id === 'two-ids') return id ?? 'no-id';
  // No run is longer than the ID, so wherever its digits stand they are a whole run of it.
  const at = line.indexOf(id);
  const rest = `${line.slice(0, at).replace(ID_LABEL, '')} ${line.slice(at + id.length)}`.replace(/\s+/g, ' ').replace(EDGE_MARKS, '');
  return named(id, rest, null);
}

function readRow(cells: readonly string[]): Read {
  const trimmed = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const id = advertiserId(trimmed.filter((cell) => /^\d+$/.test(cell)));
  if (id === null || id === 'two-ids') return id ?? 'no-id';
  const currency = trimmed.map((cell) => cell.toUpperCase()).find(isCurrency) ?? null;
  // The first cell that reads as words: not the ID, a currency, an amount or a date.
  const name = trimmed.find((cell) => cell !== id && cell.toUpperCase() !== currency && /\p{L}/u.test(cell)) ?? '';
  return named(id, name, currency);
}

/**
 * A currency code the browser knows, so a three-letter status ("NEW") is not taken for one. Asked of
 * Intl here: the reader's table of currencies (money-data.ts) would split the board's first paint.
 */
function isCurrency(cell: string): boolean {
  if (!CURRENCY_CODE.test(cell)) return false;
  currencies ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return currencies.size === 0 || currencies.has(cell);
}
let currencies: ReadonlySet<string> | null = null;

/** The longest run is the ID; two runs of that length are two accounts on one line. */
function advertiserId(runs: readonly string[]): string | null | 'two-ids' {
  const ids = runs.filter((run) => /^\d{6,25}$/.test(run));
  const longest = Math.max(0, ...ids.map((id) => id.length));
  const at = new Set(ids.filter((id) => id.length === longest));
  if (at.size === 0) return null;
  return at.size > 1 ? 'two-ids' : [...at][0]!;
}

function named(id: string, name: string, currency: string | null): Read {
  if (name.length > NAME_MAX) return 'long-name';
  return { id, name: name || null, currency };
}

const PROBLEM_WORDS: Record<ListProblem['kind'], 'accountList.noId' | 'accountList.twoIds' | 'accountList.longName'> = {
  'no-id': 'accountList.noId',
  'two-ids': 'accountList.twoIds',
  'long-name': 'accountList.longName',
};

/**
 * The list's accounts to add, or one message for the field: the first line to fix, and how many more.
 * The list is taken whole or not at all, so a fixed line is never saved twice.
 */
export function accountsFromList(list: AccountList): FormResult<Account[], 'list'> {
  const [first, ...others] = list.problems;
  if (first) {
    const problem = msg(PROBLEM_WORDS[first.kind], { line: first.line, text: first.text });
    return { ok: false, errors: { list: others.length > 0 ? msg('accountList.moreLines', { problem: { msg: problem }, count: others.length }) : problem } };
  }
  if (list.accounts.length === 0) return { ok: false, errors: { list: msg('accountList.empty') } };
  if (list.accounts.length > MAX_ACCOUNTS_ADDED) {
    return { ok: false, errors: { list: msg('accountList.tooMany', { max: MAX_ACCOUNTS_ADDED, count: list.accounts.length }) } };
  }
  return { ok: true, value: asAccounts(list.accounts) };
}

/**
 * What the notes will hold for each account the list names, as the op stores it (an account named
 * twice is one; one the notes know keeps what the list leaves blank), for the user to check before
 * saving: the list's order, and whether the notes know it.
 */
export function listPreview(list: AccountList, known: readonly Account[]): { account: Account; known: boolean }[] {
  const notes = new Map(known.map((account) => [account.id, account]));
  const out = new Map<string, Account>();
  for (const added of asAccounts(list.accounts)) out.set(added.id, addedAccount(out.get(added.id) ?? notes.get(added.id), added));
  return [...out.values()].map((account) => ({ account, known: notes.has(account.id) }));
}

const asAccounts = (listed: readonly ListedAccount[]): Account[] =>
  listed.map(({ id, name, currency }) => Account.parse({ id, name, currency, billingType: null, businessCenterOwned: null, lastSeenOn: null }));
