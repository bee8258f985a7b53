import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import './happy-dom-fixes';

/**
 * Loads a page a user saved from their browser into a DOM we can read in Node, without running its
 * scripts or fetching anything (a saved Billing page must not call home from our support tool).
 */
export interface SavedPage {
  document: Document;
  /** The page's address: the --url given, else what the saved file says about where it came from. */
  url: string | null;
  close(): Promise<void>;
}

/** Chrome's "Webpage, Complete" writes `<!-- saved from url=(0062)https://... -->` at the top. */
export function urlFromSavedHtml(html: string): string | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  const ogUrl = /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  for (const candidate of [savedFrom, canonical, ogUrl]) {
    if (!candidate) continue;
    try {
      return new URL(candidate.replace(/&amp;/g, '&')).href;
    } catch {
      // not an absolute URL; try the next hint
    }
  }
  return null;
}

/** Attaches `<template shadowrootmode>` content as open shadow roots, as a browser's parser does. */
export function attachDeclarativeShadowRoots(document: Document): void {
  for (const template of [...document.querySelectorAll('template[shadowrootmode], template[shadowroot]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = (template.getAttribute('shadowrootmode') ?? template.getAttribute('shadowroot')) === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRootsIn(shadow);
  }
}

function attachDeclarativeShadowRootsIn(root: ShadowRoot): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRootsIn(shadow);
  }
}

export function loadSavedHtml(html: string, url: string | null): SavedPage {
  const pageUrl = url ?? urlFromSavedHtml(html);
  const window = new Window({
    url: pageUrl ?? 'about:blank',
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  attachDeclarativeShadowRoots(document);
  return { document, url: pageUrl, close: () => window.happyDOM.close() };
}

export async function loadSavedPage(path: string, url: string | null): Promise<SavedPage> {
  const html = await readFile(path, 'utf8');
  return loadSavedHtml(html, url);
}
