import type { ComponentChildren } from 'preact';

/** The extension pages' title (popup, options, board): the mark is decoration, the words are the heading. */
export function BrandHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 class="brand">
      <span aria-hidden="true" class="logo">
        ◎
      </span>{' '}
      {children}
    </h1>
  );
}
