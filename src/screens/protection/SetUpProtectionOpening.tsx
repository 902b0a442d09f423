import { PageHeading } from '../../components/PageHeading';

/** The set-up screen's heading, which also names the page. */
export const setUpHeading = 'Protect the information on this device';

/**
 * How the set-up screen opens, the same on every device. The build renders it into index.html
 * (vite.config.ts), so a new device paints it before any script has run; the set-up screen then takes
 * it over and adds what depends on the device (whether it offers a passkey) below it.
 */
export function SetUpProtectionOpening() {
  return (
    <>
      <PageHeading class="heading-xl">{setUpHeading}</PageHeading>
      <p class="body">
        What you record here is personal information about an adult at risk. Before anything is saved, choose
        how to unlock the app. Everything it keeps on this device is encrypted, and it locks itself when it is
        not being used.
      </p>
    </>
  );
}
