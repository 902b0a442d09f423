import { useEffect } from 'preact/hooks';

const appName = 'Safeguarding Adults Decision Aid';

/**
 * On every new screen: the document title names it, the page starts at the top and focus moves to its
 * heading, so keyboard and screen-reader users start reading the new step.
 */
export function usePageHeading(title: string, key: unknown): void {
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
    window.scrollTo?.(0, 0);
    document.querySelector<HTMLElement>('.page-heading')?.focus();
  }, [key, title]);
}
