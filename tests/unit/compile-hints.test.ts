import { describe, expect, it } from 'vitest';
import { moduleOutput } from '../../modules/billing-module';
import { COMPILE_ALL_ON_LOAD } from '../../modules/compile-hints';

// The reader bench (bench/run.ts) loads its bundle with the same hint: the two must not drift apart.
describe('the compile hint on the Billing module', () => {
  const bannerOf = (name: string, isEntry: boolean) => {
    const banner = (moduleOutput(name) as { postBanner?: (chunk: { isEntry: boolean }) => string }).postBanner;
    return banner ? banner({ isEntry }) : '';
  };

  it('starts billing.js, added after minifying', () => {
    expect(bannerOf('billing', true)).toBe(COMPILE_ALL_ON_LOAD);
    expect(COMPILE_ALL_ON_LOAD).toBe('//# allFunctionsCalledOnLoad');
  });

  it('leaves the chunks beside it and misread.js lazy', () => {
    expect(bannerOf('billing', false)).toBe('');
    expect(bannerOf('misread', true)).toBe('');
  });
});
