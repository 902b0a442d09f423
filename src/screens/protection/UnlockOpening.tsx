import { PageHeading } from '../../components/PageHeading';

/** The locked screen's heading, which also names the page. */
export const unlockHeading = 'The app is locked';

/**
 * How the locked screen opens, the same on every device and whatever unlocks it. The build renders it
 * into locked.html (vite.config.ts), which the service worker answers a protected device with when no
 * other window of the app is open (src/pwa/sw.ts), so the screen a worker opens each day paints before
 * any script has run; the locked screen then takes it over and adds the ways to unlock below it.
 */
export function UnlockOpening() {
  return (
    <>
      <PageHeading class="heading-xl">{unlockHeading}</PageHeading>
      <p class="body">
        Nothing about any case is shown while the app is locked. Unlock it to carry on where you were.
      </p>
    </>
  );
}
