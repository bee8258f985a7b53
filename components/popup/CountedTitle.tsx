import type { Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** The space before the count's own word ("offers (", "за расходы ("), made unbreakable. */
const LAST_SPACE = / (?=\S*$)/;

/**
 * A list's title with its count ("Promo codes (3)"): the count muted, wherever the language puts it,
 * and never alone on a line: a title that wraps ("Бонусы за расходы (5)") takes its last word with it.
 */
export function CountedTitle({ message }: { message: Msg }) {
  const t = useT();
  const parts = t.parts(message);
  return (
    <>
      {parts.map((part, index) =>
        part.param ? (
          <bdi key={index} class="count">
            {part.text}
          </bdi>
        ) : parts[index + 1]?.param ? (
          part.text.replace(LAST_SPACE, '\u00a0')
        ) : (
          part.text
        ),
      )}
    </>
  );
}
