import { Node as HappyNode, PropertySymbol } from 'happy-dom';

/**
 * happy-dom (21.0.4, the latest) builds `<form>` and `<select>` as a Proxy around the element, and
 * every node, query and event hands out the Proxy, but attribute MutationRecords name the object
 * behind it (`target: this` in Element's onSetAttribute / onRemoveAttribute, where its childList
 * records use `this[proxy] || this`). So a record's target is an element no query returns, whose
 * children name another parent: a TreeWalker rooted at it never meets its root again and walks on
 * to the end of the page. A browser never does this: a record names the element itself.
 *
 * The reader kept across changes (read-page.ts) takes elements from records; a form that became an
 * alert was then read as half the page (issue 11's seed -1087887217). Fixed where the records are
 * made, so every record names the node the page sees; loaded by scripts/saved-page.ts (inspect, the
 * fixture tests) and by vitest's setup for tests in the happy-dom environment.
 */
type Reporting = { [key: symbol]: unknown };
const report = PropertySymbol.reportMutation as unknown as symbol;
const proxy = PropertySymbol.proxy as unknown as symbol;
const prototype = HappyNode.prototype as unknown as Reporting;
const original = prototype[report] as ((this: unknown, record: { target: unknown }) => void) & { namesTheProxy?: true };

if (!original.namesTheProxy) {
  const namesTheProxy = function (this: unknown, record: { target: unknown }): void {
    const target = record.target as Reporting | null;
    const seen = target?.[proxy];
    if (seen && seen !== target) record.target = seen;
    original.call(this, record);
  };
  namesTheProxy.namesTheProxy = true as const;
  prototype[report] = namesTheProxy;
}
