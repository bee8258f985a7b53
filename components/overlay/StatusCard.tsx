import { useState } from 'preact/hooks';
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import type { FixField, ReadingFix } from '../../lib/notes/schema';
import type { BillingReading } from '../../lib/reader/reading';
import { msg, type Msg, type Param } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { MisreadPanel, type MisreadActions } from '../misread/MisreadPanel';
import { couponEntrySummary, creditLineSummary, moneyParam, pageName } from './format';

export interface StatusCardProps {
  reading: BillingReading | null;
  /** Completed reads; tests and the benchmark watch it on the card's frame (`data-reads`, ./Overlay.ts). */
  reads: number;
  /** Set when the page could not be read: the card says so instead of going quiet. */
  error: string | null;
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
  label: Msg;
  value: Param | null;
}

function rows(reading: BillingReading): Row[] {
  const money = (value: string | null) => moneyParam(value, reading.currency);
  return [
    { field: 'accountId', label: msg('status.accountId'), value: reading.accountId },
    { field: 'accountBalance', label: msg('status.accountBalance'), value: money(reading.accountBalance) },
    { field: 'cashBalance', label: msg('status.cashBalance'), value: money(reading.cashBalance) },
    { field: 'creditBalance', label: msg('status.creditBalance'), value: money(reading.creditBalance) },
    // Monthly invoicing's credit line is money lent against invoices: shown apart, never as ad credit.
    { field: 'creditLine', label: msg('status.creditLine'), value: creditLineSummary(reading.creditLine, reading.currency) },
    { field: 'spendSoFar', label: msg('status.spendSoFar'), value: money(reading.spendSoFar) },
    { field: 'billingThreshold', label: msg('status.billingThreshold'), value: money(reading.billingThreshold) },
    { field: 'nextBillDate', label: msg('status.nextBill'), value: reading.nextBillDate ? { day: reading.nextBillDate } : null },
    { field: 'couponEntry', label: msg('status.couponEntry'), value: { msg: couponEntrySummary(reading.couponEntry) } },
    { field: 'promotions', label: msg('status.promotions'), value: reading.promotions.length > 0 ? reading.promotions.length : null },
  ].filter((row): row is Row => row.value !== null);
}

/**
 * The compact card the content script shows on Billing pages: what Credit Lens read, at a glance. It
 * comes with the dock's body (./parts/entry.tsx) once the dock first opens, inside the frame the
 * overlay's own tree keeps from the start (`[data-testid="status-card"]`, ./Overlay.ts).
 */
export function StatusCard({
  reading,
  error,
  layoutHintShown = false,
  doubts = [],
  shownFields = [],
  lostFixes = [],
  fixSaved = null,
  misread = null,
  reportFailed = false,
}: StatusCardProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(true);
  const errors = reading?.messages.filter((message) => message.kind === 'error') ?? [];
  // A doubt, a lost fix or a just-saved one leads the card; otherwise the two actions wait below the values.
  const panelFirst = doubts.length > 0 || lostFixes.length > 0 || fixSaved !== null || reportFailed;
  const panel = <MisreadPanel doubts={doubts} lost={lostFixes} saved={fixSaved} reportFailed={reportFailed} unread={!!error} actions={misread} />;
  return (
    <div class="card">
      <header class="bar">
        {/* The dock's head already says Credit Lens: the card's heading says what the card holds. */}
        <div class="heading">
          <h2 class="title">{t.t(msg('status.label'))}</h2>
          {reading && <span class="page">{t.t(pageName(reading.pageKind))}</span>}
        </div>
        <button
          type="button"
          class="toggle"
          data-testid="toggle"
          aria-expanded={expanded}
          aria-controls="credit-lens-body"
          aria-label={t.t(msg(expanded ? 'status.collapse' : 'status.expand'))}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? '–' : '+'}
        </button>
      </header>
      <div id="credit-lens-body" class="body" hidden={!expanded}>
        {error && (
          <p class="notice" role="status" data-field="error">
            {t.t(msg('status.failed'))}
          </p>
        )}
        {/* The worst misread of all: the page itself is what a report can show. */}
        {error && !reading && panel}
        {!reading && !error && <p class="muted">{t.t(msg('status.reading'))}</p>}
        {reading && reading.missing.length > 0 && !layoutHintShown && (
          <p class="notice" role="status" data-field="missing">
            {t.t(msg('status.missing', { missing: reading.missing.join(', ') }))}
          </p>
        )}
        {reading && panelFirst && panel}
        {reading && (
          <dl class="facts">
            {rows(reading).map((row) => (
              <div class="fact" key={row.field}>
                <dt>
                  {t.t(row.label)}
                  {shownFields.includes(row.field as FixField) && (
                    <span class="as-shown" data-as-shown={row.field}>
                      {t.t(msg('misread.readAsShown'))}
                    </span>
                  )}
                </dt>
                <dd data-field={row.field}>
                  <bdi>{t.value(row.value!)}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        )}
        {reading && !panelFirst && panel}
        {errors.length > 0 && (
          <ul class="messages" aria-label={t.t(msg('status.pageMessages'))}>
            {errors.map((message) => (
              <li data-field="message" key={message.text}>
                {message.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
