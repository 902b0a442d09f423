import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The screen's one h1. When a new screen shows it, the page starts at the top and focus moves to it, so
 * keyboard and screen-reader users start reading the new screen or step. A screen opened at a place
 * further down (a section of a guidance document) passes `takesFocus={false}` and moves focus there itself.
 */
export function PageHeading({
  class: className,
  id,
  takesFocus = true,
  children,
}: {
  class: string;
  id?: string;
  takesFocus?: boolean;
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takesFocus) return;
    window.scrollTo?.(0, 0);
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} class={`${className} page-heading`} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
