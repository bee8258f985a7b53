/**
 * A page's stylesheets written into the page itself (modules/board-page.ts): each `<link
 * rel="stylesheet">` whose file the build made becomes a `<style>` with its text, so the first paint
 * waits for no stylesheet fetch. Pure, so it is tested without a build.
 */

/** `read` gives a stylesheet's text from its `href`, or null for one the build did not make (left as a link). */
export function inlineStylesheets(html: string, read: (href: string) => string | null): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) return tag;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const css = href === undefined ? null : read(href);
    if (href === undefined || css === null) return tag;
    inlined.push(href);
    // `</style` inside the text would end the element early; CSS has no reason to contain it.
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which cannot be written inside a <style> element`);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}
