import { isShadowRoot } from './dom';

/**
 * A CSS selector that selects exactly this element in its document. Inside open shadow roots each
 * step is joined by ` >>> ` (host selector, then the selector within that host's shadow root).
 * Hashed class names are never used: they change with each release of the page's UI kit.
 */
export function selectorFor(element: Element): string {
  const root = element.getRootNode();
  const local = selectorWithin(element, root as Document | ShadowRoot);
  return isShadowRoot(root) ? `${selectorFor(root.host)} >>> ${local}` : local;
}

/** Resolves a selector made by `selectorFor`, crossing open shadow roots at each ` >>> `. */
export function resolveSelector(root: Document, selector: string): Element[] {
  let scopes: (Document | ShadowRoot)[] = [root];
  const steps = selector.split(' >>> ');
  let found: Element[] = [];
  steps.forEach((step, index) => {
    found = scopes.flatMap((scope) => [...scope.querySelectorAll(step)]);
    if (index < steps.length - 1) scopes = found.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
  });
  return found;
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;

function isUnique(scope: Document | ShadowRoot, selector: string, element: Element): boolean {
  try {
    const matches = scope.querySelectorAll(selector);
    return matches.length === 1 && matches[0] === element;
  } catch {
    return false;
  }
}

// Generated ids (`:r1:`, `input-8f3a2c91`, long digit runs) differ between page loads; semantic ones do not.
const looksGenerated = (id: string) => /^:|\d{4,}|[0-9a-f]{8,}/i.test(id) || id.length > 60;

function selectorWithin(element: Element, scope: Document | ShadowRoot): string {
  const tag = element.localName;
  const candidates: string[] = [];
  if (element.id && !looksGenerated(element.id)) candidates.push(`${tag}[id=${quote(element.id)}]`);
  for (const attribute of ['name', 'aria-label', 'placeholder', 'data-testid', 'title']) {
    const value = element.getAttribute(attribute);
    if (value && value.length <= 80) candidates.push(`${tag}[${attribute}=${quote(value)}]`);
  }
  for (const candidate of candidates) if (isUnique(scope, candidate, element)) return candidate;
  return pathFrom(element, scope);
}

/** `:nth-of-type` steps up to the nearest ancestor that has a unique selector of its own (or the root). */
function pathFrom(element: Element, scope: Document | ShadowRoot): string {
  const steps: string[] = [];
  let current: Element | null = element;
  while (current) {
    const parent: Element | null = current.parentElement;
    const siblings = parent ? [...parent.children] : [...(scope.children ?? [])];
    const sameTag = siblings.filter((sibling) => sibling.localName === current!.localName);
    steps.unshift(sameTag.length > 1 ? `${current.localName}:nth-of-type(${sameTag.indexOf(current) + 1})` : current.localName);
    const path = steps.join(' > ');
    if (isUnique(scope, path, element)) return path;
    if (parent && parent.id && !looksGenerated(parent.id) && isUnique(scope, `[id=${quote(parent.id)}]`, parent)) {
      const anchored = `${parent.localName}[id=${quote(parent.id)}] > ${path}`;
      if (isUnique(scope, anchored, element)) return anchored;
    }
    current = parent;
  }
  // Only reached at the top of a shadow root whose tree repeats itself exactly; the path is the best there is.
  return steps.join(' > ');
}
