/**
 * What every record kind's collector shares: the selectors for page structure, and the shape of what
 * each returns to the collector (index.ts), which keeps it until a change touches its regions.
 */

export const CONTROL = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], [role="tab"], input[type="button"], input[type="submit"], summary';
export const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
export const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';
export const TABLE_ROW = 'tr, [role="row"]';
export const TABLE_HEADER = 'th, [role="columnheader"]';

/** Records of one kind and the nodes they were read from: a change inside any of these makes them stale. */
export interface Part<T> {
  value: T;
  regions: Node[];
  /** The elements whose visibility it asked about (set by the collector, index.ts). */
  asked?: readonly Element[];
}

/** Whether a person can see an element, as the collector's judge says. */
export interface Visible {
  (element: Element): boolean;
  /**
   * Whether a person cannot see an element the judge shows (`isOutOfSight`), asked through the
   * collector so that a class or style change that clips it makes the asking record stale
   * (collect/index.ts). Without it (a plain judge), asked directly.
   */
  readonly outOfSight?: (element: Element) => boolean;
}
/** The index of an element in the collector's element list (records hold keys, never nodes). */
export type KeyOf = (element: Element) => number;
/** The elements of the page matching a selector, from the label index (never a query of the page). */
export type QueryAll = (selector: string) => Element[];
