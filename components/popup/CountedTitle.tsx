import type { Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** A list's title with its count ("Promo codes (3)"): the count muted, wherever the language puts it. */
export function CountedTitle({ message }: { message: Msg }) {
  const t = useT();
  return (
    <>
      {t.parts(message).map((part, index) => (part.param ? <bdi key={index} class="count">{part.text}</bdi> : part.text))}
    </>
  );
}
