import { TAB_CONCEPTS } from '../concept-groups';
import { closestComposed, textOf } from '../dom';
import type { LabelHit } from '../label-index';
import type { TabRecord } from '../records';
import type { Part, QueryAll, Visible } from './shared';

/** Tab records: tabs and segmented filters ("Available / Earning / Not available"), and which is selected. */

/** The radio a segmented control's option stands for: a `<label>` around (or `for`) an `<input type=radio>`. */
function radioOf(element: Element): HTMLInputElement | null {
  if (element.localName !== 'label') return null;
  const control = (element as HTMLLabelElement).control ?? element.querySelector('input');
  return control?.localName === 'input' && (control as HTMLInputElement).type === 'radio' ? (control as HTMLInputElement) : null;
}

export function collectTabs(hits: readonly LabelHit[], queryAll: QueryAll, visible: Visible): Part<TabRecord[]> {
  const tabs = new Map<Element, TabRecord>();
  const isSelected = (element: Element) =>
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    element.getAttribute('aria-checked') === 'true' ||
    (element.hasAttribute('aria-current') && element.getAttribute('aria-current') !== 'false') ||
    radioOf(element)?.checked === true;
  for (const element of queryAll('[role="tab"]')) {
    tabs.set(element, { text: textOf(element, 80), selected: isSelected(element), visible: visible(element) });
  }
  for (const hit of hits) {
    if (!hit.matches.some((match) => TAB_CONCEPTS.includes(match.concept))) continue;
    // A status filter drawn as a segmented control is a radio group: role=radio, or labelled radio inputs.
    const label = closestComposed(hit.node, 'label');
    const control =
      closestComposed(hit.node, '[aria-selected], [aria-pressed], [aria-current], [role="tab"], [role="radio"]') ??
      (label && radioOf(label) ? label : null);
    if (control && !tabs.has(control)) tabs.set(control, { text: textOf(control, 80), selected: isSelected(control), visible: visible(control) });
  }
  return { value: [...tabs.values()], regions: [...tabs.keys()] };
}

