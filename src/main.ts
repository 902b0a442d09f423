import './styles.css';

/** Longest the app waits for the browser to report its first paint before starting anyway. */
const longestWaitForPaint = 2000;

/**
 * Calls `start` once the browser has painted the page's text, or at once where it will report no such
 * paint: it does not time paints, or the page is hidden (a tab opened in the background is not painted).
 */
function afterFirstContentfulPaint(start: () => void): void {
  const paintsTimed =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!paintsTimed || document.visibilityState === 'hidden') {
    start();
    return;
  }
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', startOnce);
    start();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) startOnce();
  });
  observer.observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', startOnce);
  const timer = setTimeout(startOnce, longestWaitForPaint);
}

/** Said in the page when the app's code cannot be fetched, such as when the connection drops on a first visit. */
function showLoadFailure(): void {
  const message = document.createElement('p');
  message.className = 'error-message';
  message.setAttribute('role', 'alert');
  message.textContent = 'The app could not be loaded. Check the connection, then reload the page.';
  (document.querySelector('main') ?? document.body).prepend(message);
}

// The page's frame and first screen are already in index.html, rendered at build time. The app's code
// is fetched and run once the browser has painted them, so the first paint never waits for script, on a
// slow phone or a slow network; once the app has been visited, its code comes from the device.
afterFirstContentfulPaint(() => {
  import('./start').catch(showLoadFailure);
});
