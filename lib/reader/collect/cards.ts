import { BALANCE_CONCEPTS, CARD_MARKER_CONCEPTS } from '../concept-groups';
import { isCodeElement, squash, textOf } from '../dom';
import type { LabelHit } from '../label-index';
import type { CardRecord } from '../records';
import { HEADING, TABLE, type Part, type Visible } from './shared';

const MAX_CARD_TEXTS = 40;

/**
 * Promotions drawn as cards: each card is the widest element around a "Valid until" label that holds
 * no other such label. Rows of promotion tables are read as tables instead.
 */
export function collectCards(hits: readonly LabelHit[], visible: Visible): Part<CardRecord[]> {
  const markers = hits
    .filter((hit) => hit.matches.some((match) => CARD_MARKER_CONCEPTS.includes(match.concept)))
    .map((hit): Element | null => hit.node.parentElement)
    .filter((element): element is Element => element != null && !element.closest(`${TABLE}, th, [role="columnheader"]`) && visible(element));
  // "Expires on 24 Dec 2026" under the ad credit balance marks that balance's expiry, not a promotion.
  const balanceLabels = hits
    .filter((hit) => hit.matches.some((match) => match.exact && BALANCE_CONCEPTS.includes(match.concept)))
    .map((hit) => hit.node.parentElement)
    .filter((element): element is HTMLElement => element != null && visible(element));
  const holdsBalance = (element: Element) => balanceLabels.some((label) => element.contains(label));
  const cards: CardRecord[] = [];
  const taken = new Set<Element>();
  for (const marker of markers) {
    if (holdsBalance(marker)) continue;
    let card: Element = marker;
    for (let level = 0; level < 8 && card.parentElement && card.parentElement.localName !== 'body'; level++) {
      const parent: Element = card.parentElement;
      if (markers.some((other) => other !== marker && parent.contains(other))) break;
      if (holdsBalance(parent)) {
        // Beside a balance label at the first step up, the marker belongs to that balance's tile.
        if (card === marker) card = parent;
        break;
      }
      // A lone promotion on a page of other things (the Payment page's "Promotions" box) has no sibling
      // card to stop at: stop where the box already has its title and the parent adds another heading.
      if (card.querySelector(`${HEADING}, strong, b`) && parent.querySelectorAll(HEADING).length > card.querySelectorAll(HEADING).length) break;
      card = parent;
    }
    if (taken.has(card) || holdsBalance(card)) continue;
    taken.add(card);
    const texts: string[] = [];
    const walker = card.ownerDocument.createTreeWalker(card, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node && texts.length < MAX_CARD_TEXTS; node = walker.nextNode()) {
      const text = squash((node as Text).data);
      if (text && node.parentElement && !isCodeElement(node.parentElement.localName) && visible(node.parentElement)) texts.push(text.slice(0, 200));
    }
    const heading = card.querySelector(`${HEADING}, strong, b`);
    cards.push({ heading: heading && visible(heading) ? textOf(heading, 160) : '', texts });
  }
  return { value: cards, regions: [...taken] };
}

