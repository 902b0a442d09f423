import { useEffect, useState } from 'preact/hooks';
import { href, navigate } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { WarningText } from '../../components/WarningText';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../storage/device';
import { toStorageError } from '../../storage/errors';
import { count } from '../count';
import { deviceContents, type DeviceContents } from './contents';

const byteUnits = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** A size as people read it, in en-GB units: 940 kB, 1.2 MB, 10 GB. */
function formatBytes(bytes: number): string {
  const [unit, size] = byteUnits.find(([, size]) => bytes >= size) ?? byteUnits[2];
  return new Intl.NumberFormat('en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}

/**
 * What the app keeps on this device: whether the browser has agreed to keep it, the space it takes,
 * what there is, and the way to remove all of it.
 */
export function DeviceDataScreen() {
  useDocumentTitle('Data on this device');
  const [status, setStatus] = useState<StorageStatus>();
  const [contents, setContents] = useState<DeviceContents>();
  const [problem, setProblem] = useState<string>();
  const [asked, setAsked] = useState(false);
  const load = () => storageStatus().then(setStatus);
  useEffect(() => {
    void load();
    deviceContents().then(setContents, (error) => setProblem(toStorageError(error, 'unavailable').message));
  }, []);
  const askAgain = async () => {
    await requestPersistentStorage();
    setAsked(true);
    await load();
  };

  return (
    <div>
      <BackLink onBack={() => navigate({ name: 'home' })} label="Back to the home screen" />
      <PageHeading class="heading-l">Data on this device</PageHeading>
      <p class="body">
        Everything you record is kept only on this device, in this browser. Nothing is sent anywhere.
      </p>

      <h2 class="heading-m">Will this browser keep it?</h2>
      {status === undefined && (
        <p class="body" role="status">
          Checking…
        </p>
      )}
      {status?.persistent === true && (
        <p class="body" data-persistent="yes">
          Yes. This browser has agreed to keep the app’s data until you remove it, even when the device runs
          short of space.
        </p>
      )}
      {status && status.persistent !== true && (
        <>
          <WarningText>
            {status.persistent === false
              ? 'This browser may clear the app’s data on its own'
              : 'This browser cannot say whether it will keep the app’s data'}
            : for example when the device runs short of space, or, on an iPhone or iPad, after a week without
            opening the app unless it has been added to the Home Screen.
          </WarningText>
          <p class="body">To keep your work:</p>
          <ul class="list list--bullet">
            <li>install the app: choose “Install app” or “Add to Home Screen” from the browser’s menu</li>
            <li>export each signed record as soon as it is signed, and attach it to the case file</li>
          </ul>
          <p class="body">Once the app is installed, ask the browser again.</p>
          <button type="button" class="button button--secondary" onClick={askAgain}>
            Ask the browser to keep this data
          </button>
          {asked && (
            <p class="body" role="status">
              {status.persistent
                ? 'The browser has agreed to keep it.'
                : 'The browser has not agreed yet. It decides on its own, usually once the app is installed or used often.'}
            </p>
          )}
        </>
      )}

      <h2 class="heading-m">Space used</h2>
      <p class="body">
        {status?.usage === undefined
          ? 'This browser does not say how much space the app uses.'
          : `About ${formatBytes(status.usage)}${status.quota ? `, of about ${formatBytes(status.quota)} this browser lets the app use` : ''}.`}
      </p>

      <h2 class="heading-m">What is kept</h2>
      {problem && <WarningText>{problem}</WarningText>}
      {contents && (
        <SummaryList
          rows={[
            { key: 'Drafts and completed journeys', lines: [String(contents.drafts)] },
            {
              key: 'Signed records',
              lines: [
                contents.notExported
                  ? `${contents.records} (${contents.notExported} not exported)`
                  : String(contents.records),
              ],
            },
            { key: 'Practice runs', lines: [String(contents.practiceRuns)] },
          ]}
        />
      )}

      <h2 class="heading-m">Remove all data from this device</h2>
      <p class="body">
        Removes every draft, signed record, practice run and key the app keeps on this device, for example
        before the device is passed on.{' '}
        {contents?.notExported
          ? `${count(contents.notExported, 'signed record has', 'signed records have')} not been exported yet.`
          : ''}
      </p>
      <a class="button button--warning" href={href({ name: 'removeAll' })}>
        Remove all data from this device
      </a>
    </div>
  );
}
