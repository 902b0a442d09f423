import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The screen's one h1. When a new screen shows it, the page starts at the top and focus moves to it, so
 * keyboard and screen-reader users start reading the new screen or step.
 */
export function PageHeading({ class: className, id, children }: { class: string; id?: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo?.(0, 0);
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} class={`${className} page-heading`} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
