import type { BoardRow } from '../../lib/board/rows';
import type { Translator } from '../../lib/i18n/translate';
import { useT } from '../i18n/i18n';
import { cellTexts, formatDay } from './cells';
import { SEGMENT_LABELS, BOARD_STRINGS as S } from './strings';

function segmentWhen(start: number, end: number | null, timeZone: string): string {
  return end === null ? S.openEnded(formatDay(start, timeZone)) : S.range(formatDay(start, timeZone), formatDay(end - 1, timeZone));
}

/** What a screen reader hears on a bar: the item, its account, its state and its next deadline. */
export function barLabel(row: BoardRow, now: Date, timeZone: string, translator: Translator): string {
  const t = cellTexts(row, now, timeZone, translator);
  const when = row.deadline ? `${t.deadline} (${t.deadlineDate})` : t.nextStep;
  return S.barLabel(`${t.kind} ${t.item}`, t.account, t.state, when);
}

/** The card a bar shows on hover or focus: the row's facts and each stretch of its life, with dates. */
export function TimelineCard({ row, now, timeZone, left, top }: { row: BoardRow; now: Date; timeZone: string; left: number; top: number }) {
  const t = cellTexts(row, now, timeZone, useT());
  return (
    <div id="timeline-card" class="timeline-card" role="tooltip" data-testid="timeline-card" style={{ left: `${left}px`, top: `${top}px` }}>
      <p class="card-title">
        <span class={row.kind === 'code' ? 'mono' : ''}>{t.item}</span>
      </p>
      <p class="card-sub">
        {t.kind} · {t.account} <span class="mono">({t.accountId})</span>
      </p>
      <p>
        <span class={`state-chip st-${row.state}`}>{t.state}</span> {t.amount !== S.noAmount ? t.amount : ''}
      </p>
      {row.deadline && (
        <p class={`countdown${t.deadlineTone ? ` tone-${t.deadlineTone}` : ''}`}>
          {t.deadline} · {t.deadlineDate}
        </p>
      )}
      {t.progressPercent !== null && (
        <p class="card-sub">
          {t.progress} ({t.progressPercent}%)
        </p>
      )}
      <ul class="card-segments">
        {row.segments.map((segment, i) => (
          <li key={i}>
            <span class={`seg-swatch seg-${segment.kind}`} aria-hidden="true" />
            {SEGMENT_LABELS[segment.kind]}: {segmentWhen(segment.start, segment.end, timeZone)}
          </li>
        ))}
      </ul>
      <p class="card-step">{t.nextStep}</p>
    </div>
  );
}
