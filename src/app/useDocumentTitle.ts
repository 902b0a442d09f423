import { useEffect } from 'preact/hooks';

const appName = 'Safeguarding Adults Decision Aid';

/** Names the browser tab after the screen (the app's name alone on the home screen). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title]);
}
