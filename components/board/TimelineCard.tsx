import type { BoardRow } from '../../lib/board/rows';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { Text, useT } from '../i18n/i18n';
import { cellTexts, dateAt, NO_VALUE, progressWithPercent } from './cells';
import { SEGMENT_LABELS } from './labels';

function segmentText(kind: keyof typeof SEGMENT_LABELS, start: number, end: number | null): Msg {
  const segment = { msg: msg(SEGMENT_LABELS[kind]) };
  return end === null ? msg('board.segmentOpen', { segment, from: dateAt(start) }) : msg('board.segmentRange', { segment, from: dateAt(start), to: dateAt(end - 1) });
}

/** What a screen reader hears on a bar: the item, its account, its state and its next deadline. */
export function barLabel(row: BoardRow, now: Date, timeZone: string, t: Translator): string {
  const cells = cellTexts(row, now, timeZone, t);
  const when = row.deadline ? t.t(msg('board.dueOn', { when: cells.deadline, date: cells.deadlineDate })) : cells.nextStep;
  const said = { account: cells.account, state: cells.state, when };
  return t.t(row.kind === 'code' ? msg('board.barCode', { code: cells.item, ...said }) : msg('board.barOffer', { name: cells.item, ...said }));
}

/** The card a bar shows on hover or focus: the row's facts and each stretch of its life, with dates. */
export function TimelineCard({ row, now, timeZone, left, top }: { row: BoardRow; now: Date; timeZone: string; left: number; top: number }) {
  const t = useT();
  const cells = cellTexts(row, now, timeZone, t);
  return (
    <div id="timeline-card" class="timeline-card" role="tooltip" data-testid="timeline-card" style={{ left: `${left}px`, top: `${top}px` }}>
      <p class="card-title">
        <bdi class={row.kind === 'code' ? 'mono' : ''}>{cells.item}</bdi>
      </p>
      <p class="card-sub">
        {cells.kind} · <bdi>{cells.account}</bdi> <bdi class="mono">({cells.accountId})</bdi>
      </p>
      <p>
        <span class={`state-chip st-${row.state}`}>{cells.state}</span> {cells.amount !== NO_VALUE ? cells.amount : ''}
      </p>
      {row.deadline && (
        <p class={`countdown${cells.deadlineTone ? ` tone-${cells.deadlineTone}` : ''}`}>
          {cells.deadline} · {cells.deadlineDate}
        </p>
      )}
      {cells.progressPercent !== null && <p class="card-sub">{progressWithPercent(cells, t)}</p>}
      <ul class="card-segments">
        {row.segments.map((segment, i) => (
          <li key={i}>
            <span class={`seg-swatch seg-${segment.kind}`} aria-hidden="true" />
            <Text msg={segmentText(segment.kind, segment.start, segment.end)} />
          </li>
        ))}
      </ul>
      <p class="card-step">{cells.nextStep}</p>
    </div>
  );
}
