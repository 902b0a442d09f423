import type { ComponentChildren } from 'preact';
import { href } from './routes';

interface AppFrameProps {
  /** Beside the app's name: "Lock now" while unlocked. */
  headerActions?: ComponentChildren;
  /** Above the main content: the offer of a new version. */
  banner?: ComponentChildren;
  children?: ComponentChildren;
}

/**
 * The page around every screen: skip link, header, main and footer. The build renders it, empty, into
 * index.html (vite.config.ts), so it is painted before any script has run; the app then hydrates it.
 */
export function AppFrame({ headerActions, banner, children }: AppFrameProps) {
  return (
    <>
      <a
        class="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header class="header">
        <div class="width-container">
          <a class="header__name" href={href({ name: 'home' })}>
            Safeguarding Adults Decision Aid
          </a>
          {headerActions}
        </div>
      </header>
      <div class="width-container">
        {banner}
        <main id="main-content" class="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          <p>Answers are kept only on this device. Nothing is sent anywhere.</p>
        </div>
      </footer>
    </>
  );
}
