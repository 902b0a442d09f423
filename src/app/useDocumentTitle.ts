import { useEffect } from 'preact/hooks';

const appName = 'Safeguarding Adults Decision Aid';

/** The page's title for a screen: the screen, then the app (the app's name alone on the home screen). */
export const documentTitle = (title: string) => (title ? `${title} – ${appName}` : appName);

/** Names the browser tab after the screen. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
