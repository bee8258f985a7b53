import { documentHasLayout, VisibilityJudge } from '../dom';
import type { LabelHit, LabelIndex } from '../label-index';
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
 * collect re-reads just the records whose nodes hold a changed text; after anything else
 * (`structureChanged`: elements, attributes, styles) it reads everything again from the index,
 * still without walking the page. Unchanged parts keep their identity, so the qualifiers can skip them.
 */
export class RecordCollector {
  private elements: Element[] = [];
  private keys = new Map<Element, number>();
  private judge: VisibilityJudge | null = null;
  /** Elements holding a shadow host: where a label's neighbourhood must look into shadow roots. */
  private hostAncestors: Set<Node> | null = null;
  private labelParts = new Map<Text, LabelPart>();
  private labelsVersion = -1;
  private labels: readonly LabelRecord[] = [];
  private inputs: Part<InputRecord[]> | null = null;
  private controls: Part<ControlRecord[]> | null = null;
  private messages: Part<MessageRecord[]> | null = null;
  private tabs: Part<TabRecord[]> | null = null;
  private tables: Part<{ tables: TableRecord[]; samples: string[] }> | null = null;
  private cards: Part<CardRecord[]> | null = null;
  private headings: Part<string[]> | null = null;
  /** Composed ancestors of every text changed since the last collect. */
  private touched = new Set<Node>();

  constructor(
    private readonly document: Document,
    private readonly index: LabelIndex,
  ) {}

  /** Texts changed, nothing else: the parts that hold them are read again, the rest is kept. */
  textChanged(changes: TextChanges): void {
    for (const node of changes.touched) this.touched.add(node);
  }

  /** Elements, attributes or styles changed: visibility and structure may differ anywhere. */
  structureChanged(): void {
    this.elements = [];
    this.keys = new Map();
    this.judge = null;
    this.hostAncestors = null;
    this.labelParts = new Map();
    this.labelsVersion = -1;
    this.inputs = this.controls = this.messages = this.tabs = this.tables = this.cards = this.headings = null;
    this.touched.clear();
  }

  collect(url: string | null): Collected {
    this.judge ??= new VisibilityJudge(documentHasLayout(this.document));
    const judge = this.judge;
    const visible: Visible = (element) => judge.isVisible(element);
    const keyOf = (element: Element) => {
      let key = this.keys.get(element);
      if (key === undefined) this.keys.set(element, (key = this.elements.push(element) - 1));
      return key;
    };
    const queryAll = (selector: string) => this.index.elementsMatching(selector);
    const stale = (part: Part<unknown> | null) => !part || part.regions.some((node) => this.touched.has(node));
    const labelsMoved = this.labelsVersion !== this.index.labelsVersion;
    const hits = this.index.entries();

    if (labelsMoved || this.touched.size > 0) this.labels = this.collectLabels(hits, labelsMoved, visible, keyOf);
    if (stale(this.inputs)) this.inputs = collectInputs(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.controls)) this.controls = collectControls(hits, queryAll, keyOf, visible);
    if (stale(this.messages)) this.messages = collectMessages(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.tabs)) this.tabs = collectTabs(hits, queryAll, visible);
    if (stale(this.tables)) this.tables = collectTables(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.cards)) this.cards = collectCards(hits, visible);
    if (stale(this.headings)) this.headings = collectHeadings(queryAll, visible);
    this.labelsVersion = this.index.labelsVersion;
    this.touched.clear();

    return {
      elements: this.elements,
      records: {
        url,
        declaredLanguage: this.document.documentElement?.getAttribute('lang') || null,
        hasLayout: judge.hasLayout,
        labels: this.labels,
        headings: this.headings!.value,
        inputs: this.inputs!.value,
        controls: this.controls!.value,
        messages: this.messages!.value,
        tabs: this.tabs!.value,
        tables: this.tables!.value.tables,
        tableSamples: this.tables!.value.samples,
        cards: this.cards!.value,
      },
    };
  }

  /** Label records in document order; a label whose nodes hold no changed text keeps its record. */
  private collectLabels(hits: readonly LabelHit[], labelsMoved: boolean, visible: Visible, keyOf: KeyOf): readonly LabelRecord[] {
    // With the same labels as last time, parts change in place and the list only where a record did.
    const parts = labelsMoved ? new Map<Text, LabelPart>() : this.labelParts;
    const labels = new SameList(this.labels);
    for (const hit of hits) {
      let part = this.labelParts.get(hit.node);
      if (!part || part.value.matches !== hit.matches || part.regions.some((node) => this.touched.has(node))) {
        const place = part?.place ?? placeOf(hit, visible, keyOf);
        if (!place) continue;
        this.hostAncestors ??= hostAncestorsOf(this.index);
        part = describeLabel(hit, this.index, visible, place, this.hostAncestors);
        parts.set(hit.node, part);
      } else if (labelsMoved) parts.set(hit.node, part);
      labels.push(part.value);
    }
    this.labelParts = parts;
    return labels.done();
  }
}
