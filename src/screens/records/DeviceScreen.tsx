import { useEffect, useState } from 'preact/hooks';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { PageHeading } from '../../components/PageHeading';
import { BackLink } from '../../components/BackLink';
import { SummaryList } from '../../components/SummaryList';
import { TextInput } from '../../components/TextInput';
import { WarningText } from '../../components/WarningText';
import { toStorageError } from '../../storage/errors';
import {
  deviceFingerprints,
  downloadRegisterEntry,
  registerEntry,
  setUpSigningPasskey,
} from './recordService';

type Fingerprints = Awaited<ReturnType<typeof deviceFingerprints>>;

/**
 * This device's fingerprints, for an organisation's register of trusted devices: the device key that
 * signs records and the passkey that confirms each signing. The register is what lets a verifier say
 * whose device signed a record, not only that the record is unchanged.
 */
export function DeviceScreen() {
  useDocumentTitle('This device’s fingerprints');
  const [fingerprints, setFingerprints] = useState<Fingerprints>();
  const [problem, setProblem] = useState<string>();
  const [holder, setHolder] = useState('');
  const load = () =>
    deviceFingerprints().then(setFingerprints, (error) =>
      setProblem(toStorageError(error, 'unavailable').message),
    );
  useEffect(() => void load(), []);
  return (
    <div>
      <BackLink onBack={() => history.back()} />
      <PageHeading class="heading-l">This device’s fingerprints</PageHeading>
      <p class="body">
        Every record signed here carries these fingerprints. Give them to whoever keeps your organisation’s
        register of trusted devices, so that anyone checking a record can see it was signed on your device.
      </p>
      {problem && <WarningText>{problem}</WarningText>}
      {!fingerprints && !problem && (
        <p class="body" role="status">
          Reading this device’s keys…
        </p>
      )}
      {fingerprints && (
        <>
          <SummaryList
            rows={[
              { key: 'Device key fingerprint', lines: [fingerprints.deviceKey] },
              {
                key: 'Passkey fingerprint',
                lines: [
                  fingerprints.passkey
                    ? fingerprints.passkey.fingerprint
                    : fingerprints.authenticator
                      ? 'No passkey yet: one is set up the first time you sign, or now with the button below.'
                      : 'This device has no fingerprint, face or screen lock the app can use: records are signed with the device key only.',
                ],
              },
            ]}
          />
          {!fingerprints.passkey && fingerprints.authenticator && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                setUpSigningPasskey().then(
                  () => load(),
                  (error) => setProblem(error instanceof Error ? error.message : String(error)),
                )
              }
            >
              Set up the signing passkey
            </button>
          )}
          <h2 class="heading-m">Add this device to the register</h2>
          <TextInput
            id="register-holder"
            label="Holder’s name, role and agency"
            hint="As your organisation should record them, for example: Jo Smith, Social worker, Solihull Council."
            value={holder}
            onInput={setHolder}
          />
          <button
            type="button"
            class="button"
            onClick={() => downloadRegisterEntry(registerEntry(fingerprints, holder))}
          >
            Download the register entry
          </button>
        </>
      )}
    </div>
  );
}
