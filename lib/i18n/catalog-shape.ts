/**
 * A locale file (locales/<code>.yml, parsed by @wxt-dev/i18n's parser) as the flat catalogue the
 * run-time lookup reads: dotted keys; a plural message is one entry holding its CLDR categories
 * (`{ one, other }` in English, six in Arabic). Pure, so the build plugin, `inspect` and the tests
 * share it.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
export type PluralForms = Readonly<Partial<Record<PluralCategory, string>>>;
export type CatalogEntry = string | PluralForms;
export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** The shape of @wxt-dev/i18n's `ParsedMessage` this needs (kept structural: the build file is not imported at run time). */
export interface ParsedLike {
  key: readonly string[];
  type: string;
  message?: string;
}

const CATEGORY = new Set<string>(PLURAL_CATEGORIES);

/** Which top-level groups each surface loads; a surface absent here loads everything. */
export const SCOPES = {
  /** The overlay on Ads Manager: the hints, the guides, the support message, the misread loop's words and the time left beside a progress bar (countdown). */
  page: ['common', 'severity', 'page', 'overlay', 'dock', 'status', 'misread', 'guide', 'rejection', 'cause', 'offerState', 'fact', 'factValue', 'hint', 'step', 'support', 'countdown'],
  /** The background: notifications and the badge's tooltip. */
  notify: ['common', 'deadline', 'notify'],
  /** The deadlines board: its own words, countdowns and deadlines, and the popup's storage notice and edit forms. */
  board: ['common', 'board', 'countdown', 'deadline', 'popup', 'form'],
  /**
   * The toolbar popup: its lists and forms, the hints and causes it shows, the rejection guide and the
   * support message; not the overlay's status card, the options page, the board or notifications.
   */
  popup: ['common', 'severityShort', 'rejection', 'cause', 'offerState', 'fact', 'factValue', 'hint', 'step', 'support', 'popup', 'offerTag', 'countdown', 'form', 'deadline'],
  /** The guides the popup opens in its panels ("Which type do I have?", the rejection checklist): loaded with them. */
  popupGuides: ['guide'],
  /** The board's form for a pasted list of accounts, and the switch to it: loaded with the account dialog. */
  boardAccountList: ['accountList'],
} as const satisfies Record<string, readonly string[]>;
export type Scope = keyof typeof SCOPES | 'all';

export function toCatalog(parsed: readonly ParsedLike[], scope: Scope = 'all'): Catalog {
  const groups: readonly string[] | null = scope === 'all' ? null : SCOPES[scope];
  const out: Record<string, CatalogEntry> = {};
  for (const message of parsed) {
    const path = message.key;
    if (path.length === 0 || path[0]!.startsWith('@@') || typeof message.message !== 'string') continue;
    if (groups && !groups.includes(path[0]!)) continue;
    const last = path[path.length - 1]!;
    if (path.length > 1 && CATEGORY.has(last)) {
      const base = path.slice(0, -1).join('.');
      const forms = (out[base] ??= {}) as Record<string, string>;
      if (typeof forms === 'string') throw new Error(`"${base}" is both a message and a plural`);
      forms[last] = message.message;
    } else {
      out[path.join('.')] = message.message;
    }
  }
  return out;
}

/**
 * The catalogue as shipped: a plural form identical to `other` is left out, since the lookup falls
 * back to `other` (translate.ts). Russian "{count} дня" often serves both `few` and `other`; Arabic's
 * `many` and `other` often match. The parity test reads the full catalogue, never this one.
 */
export function shippedCatalog(catalog: Catalog): Catalog {
  const out: Record<string, CatalogEntry> = {};
  for (const [key, entry] of Object.entries(catalog)) {
    out[key] = typeof entry === 'string' ? entry : Object.fromEntries(Object.entries(entry).filter(([category, text]) => category === 'other' || text !== entry.other));
  }
  return out;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The named placeholders a message (all its plural forms) uses, sorted. */
export function placeholdersOf(entry: CatalogEntry): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry).filter((t): t is string => typeof t === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}
