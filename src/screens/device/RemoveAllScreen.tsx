import { useEffect, useState } from 'preact/hooks';
import { tellOtherTabs } from '../../app/otherTabs';
import { href, navigate } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { PageHeading } from '../../components/PageHeading';
import { WarningText } from '../../components/WarningText';
import { removeAllData } from '../../storage/device';
import { toStorageError } from '../../storage/errors';
import { count } from '../count';
import { deviceContents, type DeviceContents } from './contents';

/**
 * The confirm step before everything the app keeps is removed: it says what goes (with counts where the
 * data can be read) and what remains, and warns about records not yet exported.
 */
export function RemoveAllScreen() {
  useDocumentTitle('Remove all data from this device?');
  const [contents, setContents] = useState<DeviceContents>();
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    // Without the counts (storage unreadable) the screen still says what goes, without numbers.
    deviceContents().then(setContents, () => undefined);
  }, []);
  const remove = async () => {
    setRemoving(true);
    setProblem(undefined);
    try {
      await removeAllData();
      tellOtherTabs({ type: 'removedAll' });
      navigate({ name: 'removed' }, { replace: true });
    } catch (error) {
      setRemoving(false);
      setProblem(toStorageError(error).message);
    }
  };
  return (
    <div>
      <PageHeading class="heading-l">Remove all data from this device?</PageHeading>
      <p class="body">This removes from this device:</p>
      <ul class="list list--bullet">
        <li>
          {contents
            ? count(contents.drafts, 'draft or completed journey', 'drafts and completed journeys')
            : 'every draft and completed journey'}
          , with every answer, audit trail and signing form
        </li>
        <li>
          {contents ? count(contents.records, 'signed record', 'signed records') : 'every signed record'}, and
          when each was exported
        </li>
        <li>
          training:{' '}
          {contents ? count(contents.practiceRuns, 'practice run', 'practice runs') : 'every practice run'}{' '}
          and your progress
        </li>
        <li>the device’s signing key: records signed after this will show a new device fingerprint</li>
      </ul>
      {contents && contents.notExported > 0 && (
        <WarningText>
          {count(contents.notExported, 'signed record has', 'signed records have')} not been exported. If you
          remove all data now, {contents.notExported === 1 ? 'it is' : 'they are'} lost. Export{' '}
          {contents.notExported === 1 ? 'it' : 'them'} first from the home screen.
        </WarningText>
      )}
      <WarningText>
        Nothing removed can be recovered in the app. Records you exported stay wherever you saved them, and
        can still be checked.
      </WarningText>
      {problem && (
        <div class="error-summary" role="alert">
          <h2 class="error-summary__title">The data could not be removed</h2>
          <p class="body">{problem}</p>
        </div>
      )}
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={remove} disabled={removing}>
          Yes, remove all data
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => navigate({ name: 'device' })}
          disabled={removing}
        >
          No, keep it
        </button>
      </div>
      {removing && (
        <p class="body" role="status">
          Removing…
        </p>
      )}
    </div>
  );
}

/** Shown once everything has been removed, in this tab and in every other tab of the app. */
export function RemovedScreen() {
  useDocumentTitle('All data has been removed');
  return (
    <div>
      <div class="panel">
        <PageHeading class="panel__title">All data has been removed</PageHeading>
        <p class="panel__body">Nothing the app kept is left on this device.</p>
      </div>
      <p class="body">
        No drafts, signed records, training or keys remain. The app itself is still on this device and works
        offline. Records you exported stay wherever you saved them.
      </p>
      <a class="button" href={href({ name: 'home' })}>
        Start again
      </a>
    </div>
  );
}
