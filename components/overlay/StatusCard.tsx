import { useState } from 'preact/hooks';
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import type { FixField, ReadingFix } from '../../lib/notes/schema';
import type { BillingReading } from '../../lib/reader/reading';
import { MisreadPanel, type MisreadActions } from '../misread/MisreadPanel';
import { MISREAD_STRINGS } from '../misread/strings';
import { couponEntrySummary, creditLineSummary, formatDate, formatMoney, pageName } from './format';

export interface StatusCardProps {
  reading: BillingReading | null;
  /** Completed reads; tests and the benchmark watch it to see that the reader re-ran (or did not). */
  reads: number;
  /** Set when the page could not be read: the card says so instead of going quiet. */
  error: string | null;
  /** Folds the whole overlay into a small badge; absent where the card stands alone. */
  onMinimise?: () => void;
  /** A layout-changed hint card already says the page looks different; the card does not repeat it. */
  layoutHintShown?: boolean;
  /** What the plausibility rules doubt about this reading: the card's quiet "may be wrong" state. */
  doubts?: readonly PlausibilityFinding[];
  /** Fields a fix supplied: "read as you showed". */
  shownFields?: readonly FixField[];
  /** Fixes that lost their element, told once. */
  lostFixes?: readonly ReadingFix[];
  /** The value the user just showed. */
  fixSaved?: FixField | null;
  /** Pick mode and the report; absent where there is no page. */
  misread?: MisreadActions | null;
  /** "Save a report" failed. */
  reportFailed?: boolean;
}

interface Row {
  field: string;
  label: string;
  value: string | null;
}

function rows(reading: BillingReading): Row[] {
  const money = (value: string | null) => formatMoney(value, reading.currency);
  return [
    { field: 'accountId', label: 'Ad account', value: reading.accountId },
    { field: 'accountBalance', label: 'Account balance', value: money(reading.accountBalance) },
    { field: 'cashBalance', label: 'Cash balance', value: money(reading.cashBalance) },
    { field: 'creditBalance', label: 'Ad credit', value: money(reading.creditBalance) },
    // Monthly invoicing's credit line is money lent against invoices: shown apart, never as ad credit.
    { field: 'creditLine', label: 'Credit line (not ad credit)', value: creditLineSummary(reading.creditLine, (value, currency) => formatMoney(value, currency ?? reading.currency)) },
    { field: 'spendSoFar', label: 'Spend so far', value: money(reading.spendSoFar) },
    { field: 'billingThreshold', label: 'Billing threshold', value: money(reading.billingThreshold) },
    { field: 'nextBillDate', label: 'Next bill', value: formatDate(reading.nextBillDate) },
    { field: 'couponEntry', label: 'Promo code', value: couponEntrySummary(reading.couponEntry) },
    { field: 'promotions', label: 'Promotions listed', value: reading.promotions.length > 0 ? String(reading.promotions.length) : null },
  ].filter((row) => row.value !== null);
}

/** The compact card the content script shows on Billing pages: what Credit Lens read, at a glance. */
export function StatusCard({
  reading,
  reads,
  error,
  onMinimise,
  layoutHintShown = false,
  doubts = [],
  shownFields = [],
  lostFixes = [],
  fixSaved = null,
  misread = null,
  reportFailed = false,
}: StatusCardProps) {
  const [expanded, setExpanded] = useState(true);
  const errors = reading?.messages.filter((message) => message.kind === 'error') ?? [];
  // A doubt, a lost fix or a just-saved one leads the card; otherwise the two actions wait below the values.
  const panelFirst = doubts.length > 0 || lostFixes.length > 0 || fixSaved !== null || reportFailed;
  const panel = <MisreadPanel doubts={doubts} lost={lostFixes} saved={fixSaved} reportFailed={reportFailed} actions={misread} />;
  return (
    <section
      class="card"
      data-testid="status-card"
      data-page-kind={reading?.pageKind ?? 'other'}
      data-reads={reads}
      data-doubt={doubts.length > 0 ? 'yes' : undefined}
      aria-label="What Credit Lens read on this page"
    >
      <header class="bar">
        <span class="logo" aria-hidden="true">◎</span>
        <h2 class="title">Credit Lens</h2>
        {reading && <span class="page">{pageName(reading.pageKind)}</span>}
        <button
          type="button"
          class="toggle"
          data-testid="toggle"
          aria-expanded={expanded}
          aria-controls="credit-lens-body"
          aria-label={expanded ? 'Collapse Credit Lens' : 'Expand Credit Lens'}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? '–' : '+'}
        </button>
        {onMinimise && (
          <button type="button" class="toggle" data-action="minimise" aria-label="Minimise Credit Lens" title="Minimise" onClick={onMinimise}>
            <span aria-hidden="true">▁</span>
          </button>
        )}
      </header>
      <div id="credit-lens-body" class="body" hidden={!expanded}>
        {error && (
          <p class="notice" role="status" data-field="error">
            {error}
          </p>
        )}
        {!reading && !error && <p class="muted">Reading this page…</p>}
        {reading && reading.missing.length > 0 && !layoutHintShown && (
          <p class="notice" role="status" data-field="missing">
            This page looks different from what Credit Lens knows ({reading.missing.join(', ')} not found): hints may be missing.
          </p>
        )}
        {reading && panelFirst && panel}
        {reading && (
          <dl class="facts">
            {rows(reading).map((row) => (
              <div class="fact" key={row.field}>
                <dt>
                  {row.label}
                  {shownFields.includes(row.field as FixField) && (
                    <span class="as-shown" data-as-shown={row.field}>
                      {MISREAD_STRINGS.readAsShown}
                    </span>
                  )}
                </dt>
                <dd data-field={row.field}>{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {reading && !panelFirst && panel}
        {errors.length > 0 && (
          <ul class="messages" aria-label="Messages on the page">
            {errors.map((message) => (
              <li data-field="message" key={message.text}>
                {message.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
