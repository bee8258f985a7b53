import { closestComposed, elementsOfIdRefs, squash, textOf, textOfIdRefs } from '../dom';
import type { InputRecord, NearbyText } from '../records';
import { DIALOG, HEADING, type KeyOf, type Part, type QueryAll, type Visible } from './shared';
import { kitTitleOf, shownTextOfIdRefs } from './control-kinds';

/** Input records: every text field, with what names it (labels, ARIA, texts around) and its dialog. */

const TEXT_INPUT = 'input, textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"], [role="combobox"]';
const NOT_TEXT_INPUT_TYPES = new Set(['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'file', 'image', 'color', 'range', 'date', 'datetime-local', 'month', 'week', 'time', 'password']);

export function collectInputs(queryAll: QueryAll, keyOf: KeyOf, visible: Visible): Part<InputRecord[]> {
  const inputs: InputRecord[] = [];
  const regions: Node[] = [];
  for (const element of queryAll(TEXT_INPUT)) {
    if (element.localName === 'input' && NOT_TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)) continue;
    inputs.push(describeInput(element, keyOf(element), visible, regions));
  }
  return { value: inputs, regions };
}

function describeInput(element: Element, key: number, visible: Visible, regions: Node[]): InputRecord {
  const input = element as HTMLInputElement;
  const dialog = closestComposed(element, DIALOG);
  const labelElements = 'labels' in input && input.labels ? [...input.labels] : [];
  const labels = labelElements.map((label) => textOf(label, 120));
  const wrappingLabel = closestComposed(element, 'label');
  if (wrappingLabel && labels.length === 0) labels.push(textOf(wrappingLabel, 120));
  const labelledBy = textOfIdRefs(element, 'aria-labelledby');
  if (labelledBy) labels.push(labelledBy);
  const maxLength = input.getAttribute('maxlength');
  regions.push(element, ...labelElements, ...['aria-labelledby', 'aria-describedby', 'aria-errormessage'].flatMap((name) => elementsOfIdRefs(element, name)));
  if (wrappingLabel) regions.push(wrappingLabel);
  if (dialog) regions.push(dialog, ...elementsOfIdRefs(dialog, 'aria-labelledby'));
  return {
    key,
    tag: element.localName,
    type: (element.getAttribute('type') ?? '').toLowerCase(),
    name: element.getAttribute('name') ?? '',
    idAttribute: element.id ?? '',
    placeholder: element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder') ?? '',
    ariaLabel: element.getAttribute('aria-label') ?? '',
    labelText: squash(labels.join(' ')),
    describedBy: squash(`${textOfIdRefs(element, 'aria-describedby')} ${textOfIdRefs(element, 'aria-errormessage')}`),
    describedByShown: shownTextOfIdRefs(element, ['aria-describedby', 'aria-errormessage'], visible),
    autocomplete: (element.getAttribute('autocomplete') ?? '').toLowerCase(),
    inputMode: (element.getAttribute('inputmode') ?? '').toLowerCase(),
    maxLength: maxLength && /^\d+$/.test(maxLength) ? Number(maxLength) : null,
    ...textAroundInput(element, dialog, visible, regions),
    inDialog: dialog != null,
    dialogTitle: dialog ? dialogTitle(dialog) : '',
    inShadowRoot: element.getRootNode() !== element.ownerDocument,
    visible: visible(element),
    disabled: input.disabled === true || element.getAttribute('aria-disabled') === 'true',
    readOnly: input.readOnly === true || element.getAttribute('aria-readonly') === 'true',
    invalid: element.getAttribute('aria-invalid') === 'true',
  };
}

/** Texts just before an input (its label, when there is no <label>) and after it (its error line). */
function textAroundInput(element: Element, dialog: Element | null, visible: Visible, regions: Node[]): { textBefore: string[]; textAfter: NearbyText[] } {
  // A form item is rarely more than three wrappers deep; a dialog bounds it when it is closer.
  let container: Element = element;
  for (let level = 0; level < 3 && container.parentElement && container !== dialog; level++) container = container.parentElement;
  regions.push(container);
  const walker = element.ownerDocument.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
  const textBefore: string[] = [];
  walker.currentNode = element;
  for (let node = walker.previousNode(); node && textBefore.length < 3; node = walker.previousNode()) {
    const text = squash((node as Text).data);
    if (text && node.parentElement && visible(node.parentElement)) textBefore.push(text.slice(0, 160));
  }
  const textAfter: NearbyText[] = [];
  let last: Node = element;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  for (let node = walker.nextNode(); node && textAfter.length < 4; node = walker.nextNode()) {
    const text = squash((node as Text).data);
    if (text) textAfter.push({ text: text.slice(0, 300), visible: node.parentElement ? visible(node.parentElement) : true });
  }
  return { textBefore, textAfter };
}

function dialogTitle(dialog: Element): string {
  return textOfIdRefs(dialog, 'aria-labelledby') || dialog.getAttribute('aria-label') || textOf(dialog.querySelector(HEADING), 120) || kitTitleOf(dialog);
}

