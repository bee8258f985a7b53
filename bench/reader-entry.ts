// Bundled by the benchmark into the page, so the reader runs in Chromium as it does in the extension.
// The measuring code lives here too: functions handed to page.evaluate from tsx carry helpers the page lacks.
import { PageReader } from '../lib/reader/read-page';

function walkEveryText(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  while (walker.nextNode()) characters += (walker.currentNode as Text).data.length;
  return characters;
}

function measureReader(url: string, rounds: number) {
  const elements = document.getElementsByTagName('*').length;
  const full: number[] = [];
  const bare: number[] = [];
  const reread: number[] = [];
  // Warm both paths first so the JIT treats them alike.
  walkEveryText();
  new PageReader(document).read(url);
  const live = new PageReader(document);
  live.read(url);
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  const credit = document.getElementById('ad-credit')!;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    walkEveryText();
    bare.push(performance.now() - start);
    start = performance.now();
    new PageReader(document).read(url);
    full.push(performance.now() - start);
    credit.textContent = `$${50 + round}.00`;
    const records = observer.takeRecords();
    start = performance.now();
    live.update(records);
    live.read(url);
    reread.push(performance.now() - start);
  }
  observer.disconnect();
  return { elements, full, bare, reread };
}

(globalThis as unknown as { creditLensBench: unknown }).creditLensBench = { measureReader };
