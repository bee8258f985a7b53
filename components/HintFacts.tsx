import type { HintFact } from '../lib/hints/types';
import { useT } from './i18n/i18n';

/**
 * A hint's numbers and dates as label and value: the overlay's hint cards and the popup's hints list
 * show the same list. Each value is isolated, so an amount or a code keeps its order in right-to-left text.
 */
export function HintFacts({ facts, class: extra }: { facts: readonly HintFact[]; class?: string }) {
  const t = useT();
  if (facts.length === 0) return null;
  return (
    <dl class={extra ? `facts ${extra}` : 'facts'}>
      {facts.map((fact, index) => (
        <div class="fact" key={index}>
          <dt>{t.t(fact.label)}</dt>
          <dd>
            <bdi>{t.value(fact.value)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
