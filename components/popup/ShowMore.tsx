import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** Long lists show their first items; the rest is one click away (and kept open after). */
export const FIRST_ITEMS = 20;

export function ShowMore({ shown, total, list, onShowAll }: { shown: number; total: number; list: 'offers' | 'codes'; onShowAll: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  const params = { count: total, more: total - shown };
  return (
    <button type="button" class="quiet show-more" onClick={onShowAll}>
      {t.t(list === 'offers' ? msg('popup.showAllOffers', params) : msg('popup.showAllCodes', params))}
    </button>
  );
}
