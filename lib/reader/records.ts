import type { ConceptMatch } from '../lexicon';

/**
 * Plain records the DOM walk produces and the qualifiers judge. Nothing here holds a DOM node, so
 * every qualifier is a pure function testable without a browser. `key` indexes the collector's
 * element list, which read-page uses only to build a selector for the winner.
 */

export interface NearbyText {
  text: string;
  visible: boolean;
  /** Shown, yet out of a person's sight: clipped to a pixel or placed off the page (out-of-sight.ts). Only asked of texts with a digit. */
  unseen?: true;
}

/** A short text that matched a lexicon concept: a label, a tab, a title, a button caption. */
export interface LabelRecord {
  key: number;
  text: string;
  matches: ConceptMatch[];
  visible: boolean;
  /** Inside a button, link or other control: a caption, not a field label. */
  inControl: boolean;
  inHeading: boolean;
  /** A table column header: it names a column of many values, not one value beside it. */
  inColumnHeader: boolean;
  /** Inside a row of a data table (a transaction, an invoice). */
  inDataRow: boolean;
  /** Texts after the label (and before it, nearest first) up to the next label, at the nearest level of
   * the tree that holds any: where a value sits beside, under or above its label. */
  after: NearbyText[];
  before: NearbyText[];
}

export interface InputRecord {
  key: number;
  tag: string;
  type: string;
  name: string;
  idAttribute: string;
  placeholder: string;
  ariaLabel: string;
  labelText: string;
  describedBy: string;
  /** The shown part of what aria-describedby / aria-errormessage name: a hidden tooltip is left out. */
  describedByShown: string;
  autocomplete: string;
  inputMode: string;
  maxLength: number | null;
  /** Texts just before the input (nearest first) and just after it, within its form item. */
  textBefore: string[];
  textAfter: NearbyText[];
  inDialog: boolean;
  dialogTitle: string;
  inShadowRoot: boolean;
  visible: boolean;
  disabled: boolean;
  /** A read-only input is a kit's dropdown (a select drawn as an input), never a field to type in. */
  readOnly: boolean;
  invalid: boolean;
}

export interface ControlRecord {
  key: number;
  text: string;
  ariaLabel: string;
  title: string;
  /** Where a link leads (absolute), when the control is a real link; null for buttons. */
  href: string | null;
  visible: boolean;
  inDialog: boolean;
}

export interface MessageRecord {
  key: number;
  text: string;
  source: 'alert' | 'live-region' | 'toast';
  visible: boolean;
  inDialog: boolean;
}

export interface TabRecord {
  text: string;
  selected: boolean;
  visible: boolean;
}

export interface TableRecord {
  headers: string[];
  /** Each cell as its visible pieces of text (a name and its status badge are two pieces). */
  rows: string[][][];
  /** The collector's key of each row's element, for a selector that points at the row. */
  rowKeys: number[];
}

/** A promotion shown as a card: its heading (when marked up as one) and its texts in order. */
export interface CardRecord {
  heading: string;
  texts: string[];
}

export interface PageRecords {
  url: string | null;
  /** `lang` of the document, as the page declares it. */
  declaredLanguage: string | null;
  hasLayout: boolean;
  labels: readonly LabelRecord[];
  headings: string[];
  inputs: InputRecord[];
  controls: ControlRecord[];
  messages: MessageRecord[];
  tabs: TabRecord[];
  tables: TableRecord[];
  /** Header and first-row cell texts of every table, for the page currency. */
  tableSamples: string[];
  cards: CardRecord[];
}
