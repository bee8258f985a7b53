// Bundled by the benchmark into the page, so the reader runs in Chromium as it does in the extension.
import { PageReader } from '../lib/reader/read-page';

(globalThis as unknown as { creditLensBench: unknown }).creditLensBench = { PageReader };
