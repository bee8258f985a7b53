import { documentHasLayout, VisibilityJudge } from '../dom';
import type { LabelHit, LabelIndex } from '../label-index';
import { isOutOfSight, type StyleVerdicts } from '../out-of-sight';
import type { TextChanges } from '../page-changes';
import type { CardRecord, ControlRecord, InputRecord, LabelRecord, MessageRecord, PageRecords, TabRecord, TableRecord } from '../records';
import { SameList } from '../same-list';
import { collectCards } from './cards';
import { collectControls } from './controls';
import { collectHeadings } from './headings';
import { collectInputs } from './inputs';
import { describeLabel, hostAncestorsOf, placeOf, type LabelPart } from './labels';
import { collectMessages } from './messages';
import type { KeyOf, Part, Visible } from './shared';
import { collectTables } from './tables';
import { collectTabs } from './tabs';

/**
 * The DOM side of the reader: turns the page into plain records (see records.ts), one file here per
 * record kind. Judgement lives in the qualify-*.ts files. Everything is bounded (levels climbed,
 * texts gathered, rows read) so a hostile or huge page costs a known amount. This file alone decides
 * what is kept between reads: each kind reports the nodes it read (`Part.regions`), and a change
 * inside one of them makes that kind stale.
 */

export interface Collected {
  records: PageRecords;
  /** Elements behind record keys, for building a selector for the chosen coupon entry. */
  elements: Element[];
}

/**
 * Collects records and keeps them between reads. After changes to texts only (`textChanged`), a
 * collect re-reads just the records whose nodes hold a changed text. After a change of classes or
 * inline styles, it judges again the visibility of every element it asked about, and re-reads just
 * the records that asked about an element now judged differently: a record depends on the page only
 * through its nodes, their texts and attributes, and the visibility answers it got, so with the same
 * answers it would read the same. After anything else (`structureChanged`: elements, other
 * attributes) it reads everything again from the index, still without walking the page. Unchanged
 * parts keep their identity, so the qualifiers can skip them.
 */
export class RecordCollector {
  #elements: Element[] = [];
  #keys = new Map<Element, number>();
  #judge: VisibilityJudge | null = null;
  /** What elements' styles say about clipping, for isOutOfSight; dropped with the judge's verdicts. */
  #styles: StyleVerdicts = new Map();
  /**
   * The last out-of-sight answer per element asked: a class that clips a value to a pixel leaves it
   * visible to the judge, so only asking again can tell a record that read it to read it again.
   */
  #unseen = new Map<Element, boolean>();
  /** Elements holding a shadow host: where a label's neighbourhood must look into shadow roots. */
  #hostAncestors: Set<Node> | null = null;
  #labelParts = new Map<Text, LabelPart>();
  #labelsVersion = -1;
  #labels: readonly LabelRecord[] = [];
  #inputs: Part<InputRecord[]> | null = null;
  #controls: Part<ControlRecord[]> | null = null;
  #messages: Part<MessageRecord[]> | null = null;
  #tabs: Part<TabRecord[]> | null = null;
  #tables: Part<{ tables: TableRecord[]; samples: string[] }> | null = null;
  #cards: Part<CardRecord[]> | null = null;
  #headings: Part<string[]> | null = null;
  /** Composed ancestors of every text changed since the last collect. */
  #touched = new Set<Node>();
  /** Classes or inline styles changed since the last collect: visibility is judged again. */
  #restyled = false;
  /** Elements whose visibility verdict changed when judged again. */
  #flipped: ReadonlySet<Element> = new Set();

  readonly #document: Document;
  readonly #index: LabelIndex;

  constructor(
    document: Document,
    index: LabelIndex,
  ) {
    this.#document = document;
    this.#index = index;
  }

  /** Texts changed, nothing else: the parts that hold them are read again, the rest is kept. */
  textChanged(changes: TextChanges): void {
    for (const node of changes.touched) this.#touched.add(node);
    if (changes.restyled.length > 0) this.#restyled = true;
  }

  /** Elements, attributes or styles changed: visibility and structure may differ anywhere. */
  structureChanged(): void {
    this.#elements = [];
    this.#keys = new Map();
    this.#judge = null;
    this.#styles = new Map();
    this.#unseen = new Map();
    this.#hostAncestors = null;
    this.#labelParts = new Map();
    this.#labelsVersion = -1;
    this.#inputs = this.#controls = this.#messages = this.#tabs = this.#tables = this.#cards = this.#headings = null;
    this.#touched.clear();
    this.#restyled = false;
  }

  collect(url: string | null): Collected {
    if (this.#restyled) this.#judgeAgain();
    this.#judge ??= new VisibilityJudge(documentHasLayout(this.#document));
    const judge = this.#judge;
    // Each part keeps the elements it asked about, so a changed verdict makes just those parts stale.
    const styles = this.#styles;
    const unseen = this.#unseen;
    const asking = (asked: Element[]): Visible => {
      const visible = (element: Element) => {
        asked.push(element);
        return judge.isVisible(element);
      };
      const outOfSight = (element: Element) => {
        asked.push(element);
        const answer = isOutOfSight(element, styles);
        unseen.set(element, answer);
        return answer;
      };
      return Object.assign(visible, { outOfSight });
    };
    const read = <T>(collectPart: (visible: Visible) => Part<T>): Part<T> => {
      const asked: Element[] = [];
      const part = collectPart(asking(asked));
      part.asked = asked;
      return part;
    };
    const keyOf = (element: Element) => {
      let key = this.#keys.get(element);
      if (key === undefined) this.#keys.set(element, (key = this.#elements.push(element) - 1));
      return key;
    };
    const queryAll = (selector: string) => this.#index.elementsMatching(selector);
    const stale = (part: Part<unknown> | null) => !part || part.regions.some((node) => this.#touched.has(node)) || this.#flippedFor(part);
    const labelsMoved = this.#labelsVersion !== this.#index.labelsVersion;
    const hits = this.#index.entries();

    if (labelsMoved || this.#touched.size > 0 || this.#flipped.size > 0) this.#labels = this.#collectLabels(hits, labelsMoved, asking, keyOf);
    if (stale(this.#inputs)) this.#inputs = read((visible) => collectInputs(queryAll, keyOf, visible));
    if (labelsMoved || stale(this.#controls)) this.#controls = read((visible) => collectControls(hits, queryAll, keyOf, visible));
    if (stale(this.#messages)) this.#messages = read((visible) => collectMessages(queryAll, keyOf, visible));
    if (labelsMoved || stale(this.#tabs)) this.#tabs = read((visible) => collectTabs(hits, queryAll, visible));
    if (stale(this.#tables)) this.#tables = read((visible) => collectTables(queryAll, keyOf, visible));
    if (labelsMoved || stale(this.#cards)) this.#cards = read((visible) => collectCards(hits, visible));
    if (stale(this.#headings)) this.#headings = read((visible) => collectHeadings(queryAll, visible));
    this.#labelsVersion = this.#index.labelsVersion;
    this.#touched.clear();
    this.#flipped = NONE_FLIPPED;

    return {
      elements: this.#elements,
      records: {
        url,
        declaredLanguage: this.#document.documentElement?.getAttribute('lang') || null,
        hasLayout: judge.hasLayout,
        labels: this.#labels,
        headings: this.#headings!.value,
        inputs: this.#inputs!.value,
        controls: this.#controls!.value,
        messages: this.#messages!.value,
        tabs: this.#tabs!.value,
        tables: this.#tables!.value.tables,
        tableSamples: this.#tables!.value.samples,
        cards: this.#cards!.value,
      },
    };
  }

  /** Label records in document order; a label whose nodes hold no changed text keeps its record. */
  #collectLabels(hits: readonly LabelHit[], labelsMoved: boolean, asking: (asked: Element[]) => Visible, keyOf: KeyOf): readonly LabelRecord[] {
    // With the same labels as last time, parts change in place and the list only where a record did.
    const parts = labelsMoved ? new Map<Text, LabelPart>() : this.#labelParts;
    const labels = new SameList(this.#labels);
    for (const hit of hits) {
      let part = this.#labelParts.get(hit.node);
      if (!part || part.value.matches !== hit.matches || part.regions.some((node) => this.#touched.has(node)) || this.#flippedFor(part)) {
        const asked: Element[] = [];
        const visible = asking(asked);
        // Where a label sits holds until the structure changes; whether it is shown, until a restyle says otherwise.
        const place = part && !this.#flipped.has(part.place.element) ? part.place : placeOf(hit, visible, keyOf);
        if (!place) continue;
        asked.push(place.element);
        this.#hostAncestors ??= hostAncestorsOf(this.#index);
        part = describeLabel(hit, this.#index, visible, place, this.#hostAncestors);
        part.asked = asked;
        parts.set(hit.node, part);
      } else if (labelsMoved) parts.set(hit.node, part);
      labels.push(part.value);
    }
    this.#labelParts = parts;
    return labels.done();
  }

  /** Whether the part asked about an element whose verdict changed on judging again. */
  #flippedFor(part: Part<unknown>): boolean {
    return this.#flipped.size > 0 && (part.asked?.some((element) => this.#flipped.has(element)) ?? true);
  }

  /** After classes or styles changed: every verdict is judged again; parts that asked about a changed one go stale. */
  #judgeAgain(): void {
    this.#restyled = false;
    // A class or inline style may clip anything: style verdicts are asked afresh.
    this.#styles = new Map();
    const judge = this.#judge;
    if (!judge) return;
    // A document that gains or loses its layout (a class on <html>) changes how everything is judged.
    if (documentHasLayout(this.#document) !== judge.hasLayout) {
      this.structureChanged();
      return;
    }
    const flipped = new Set(judge.judgeAgain());
    // Asked afresh with the new styles; boxes are measured again either way.
    for (const [element, answer] of this.#unseen) if (isOutOfSight(element, this.#styles) !== answer) flipped.add(element);
    if (flipped.size > 0) this.#flipped = flipped;
  }
}

const NONE_FLIPPED: ReadonlySet<Element> = new Set();
