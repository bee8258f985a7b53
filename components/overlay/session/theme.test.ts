// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testScope } from '../../../lib/overlay/test-scope';
import { ThemeFollower } from './theme';

/** A system colour scheme the test can switch, as `matchMedia('(prefers-color-scheme: dark)')` reports it. */
function systemScheme(dark: boolean) {
  const query = Object.assign(new EventTarget(), { matches: dark, media: '(prefers-color-scheme: dark)' });
  vi.spyOn(window, 'matchMedia').mockReturnValue(query as unknown as MediaQueryList);
  return {
    switchTo(next: boolean) {
      query.matches = next;
      query.dispatchEvent(new Event('change'));
    },
  };
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.removeAttribute('style');
});

describe("the overlay's theme follows the page", () => {
  it('is dark on a dark page', () => {
    systemScheme(false);
    document.body.style.backgroundColor = 'rgb(20, 20, 24)';
    const follower = new ThemeFollower(document, () => null, testScope().scope, () => {});
    follower.update();
    expect(follower.theme).toBe('dark');
  });

  it('on a page that follows the system, follows it switching to dark, and redraws', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    const system = systemScheme(false);
    const changed = vi.fn();
    const follower = new ThemeFollower(document, () => null, testScope().scope, changed);
    follower.update();
    expect(follower.theme).toBe('light');
    system.switchTo(true);
    expect(follower.theme).toBe('dark');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('stops following when the session ends', () => {
    const system = systemScheme(false);
    const changed = vi.fn();
    const { scope } = testScope();
    new ThemeFollower(document, () => null, scope, changed);
    scope.close();
    system.switchTo(true);
    expect(changed).not.toHaveBeenCalled();
  });
});
