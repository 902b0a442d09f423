import { Component, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageError } from '../storage/errors';
import { lazyScreen } from './lazyScreen';
import { onOtherTabs } from './otherTabs';
import { href, navigate, useRoute, type Route } from './routes';
import { UpdatePrompt } from './UpdatePrompt';
import { AppFrame } from './AppFrame';
import { PageHeading } from '../components/PageHeading';
import { LockNowButton, ProtectionGate } from '../screens/protection/ProtectionGate';
import { forgetDataKey } from '../storage/keyring';
import type { ProtectionState } from '../storage/protection';

// The first screen a worker sees is the locked (or set-up) screen: the home screen, with its lists and
// the journeys' catalogue, is fetched while it is shown (see App), not before it.
const HomeScreen = lazyScreen(() => import('../screens/HomeScreen').then((module) => module.HomeScreen));
const DeleteDraftScreen = lazyScreen(() =>
  import('../screens/HomeScreen').then((module) => module.DeleteDraftScreen),
);
// The journey engine (XState, the machines and their content) loads only when a journey is opened.
const StartScreen = lazyScreen(() => import('../screens/StartScreen').then((module) => module.StartScreen));
const JourneyScreen = lazyScreen(() => import('./JourneyScreen').then((module) => module.JourneyScreen));
const ExamplesScreen = lazyScreen(() =>
  import('../screens/ExamplesScreen').then((module) => module.ExamplesScreen),
);
const RecordScreen = lazyScreen(() =>
  import('../screens/records/RecordScreen').then((module) => module.RecordScreen),
);
const DeleteRecordScreen = lazyScreen(() =>
  import('../screens/records/DeleteRecordScreen').then((module) => module.DeleteRecordScreen),
);
const TrainingHome = lazyScreen(() =>
  import('../screens/training/TrainingHome').then((module) => module.TrainingHome),
);
const DeviceDataScreen = lazyScreen(() =>
  import('../screens/device/DeviceDataScreen').then((module) => module.DeviceDataScreen),
);
const RemoveAllScreen = lazyScreen(() =>
  import('../screens/device/RemoveAllScreen').then((module) => module.RemoveAllScreen),
);
const RemovedScreen = lazyScreen(() =>
  import('../screens/device/RemoveAllScreen').then((module) => module.RemovedScreen),
);
const DeviceScreen = lazyScreen(() =>
  import('../screens/records/DeviceScreen').then((module) => module.DeviceScreen),
);
const LockSettingsScreen = lazyScreen(() =>
  import('../screens/protection/LockSettingsScreen').then((module) => module.LockSettingsScreen),
);
// The guidance library, with its search index, loads only when it is opened.
const LibraryScreen = lazyScreen(() =>
  import('../screens/guidance/LibraryScreen').then((module) => module.LibraryScreen),
);
const VerifyScreen = lazyScreen(() =>
  import('../screens/records/VerifyScreen').then((module) => module.VerifyScreen),
);

/** A fault in a screen must not take the app down with it: the saved answers are safe, so say so. */
class ErrorBoundary extends Component<{ children: ComponentChildren }, { error?: Error }> {
  override state: { error?: Error } = {};
  override componentDidCatch(error: Error) {
    this.setState({ error });
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div>
        <PageHeading class="heading-l">Sorry, something went wrong on this screen</PageHeading>
        <p class="body">Every answer you continued from is saved on this device.</p>
        <p class="body">Technical detail: {this.state.error.message}</p>
        <a
          class="button button--secondary"
          href={href({ name: 'home' })}
          onClick={() => this.setState({ error: undefined })}
        >
          Return to the home screen
        </a>
      </div>
    );
  }
}

function RouteView({ route, storageProblem }: { route: Route; storageProblem?: StorageError }) {
  if (storageProblem) return <HomeScreen storageProblem={storageProblem} />;
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'start':
      return <StartScreen journeyId={route.journeyId} prepareJourneyScreen={JourneyScreen.preload} />;
    case 'draft':
      return <JourneyScreen key={route.draftId} draftId={route.draftId} />;
    case 'deleteDraft':
      return <DeleteDraftScreen draftId={route.draftId} />;
    case 'examples':
      return <ExamplesScreen />;
    case 'record':
      return <RecordScreen key={route.recordId} recordId={route.recordId} />;
    case 'deleteRecord':
      return <DeleteRecordScreen recordId={route.recordId} />;
    case 'verify':
      return <VerifyScreen />;
    case 'fingerprints':
      return <DeviceScreen />;
    case 'training':
      return <TrainingHome />;
    case 'device':
      return <DeviceDataScreen />;
    case 'removeAll':
      return <RemoveAllScreen />;
    case 'removed':
      return <RemovedScreen />;
    case 'lockSettings':
      return <LockSettingsScreen />;
    case 'library':
      return <LibraryScreen route={route} />;
  }
}

/** Forgotten everything, the worker can still remove all data: these screens need no unlock. */
const reachableWhenLocked = (route: Route) => route.name === 'removeAll' || route.name === 'removed';

export function App({
  storageProblem,
  protection,
}: {
  storageProblem?: StorageError;
  /** The device's protection, read before the first render (firstProtectionState). */
  protection?: ProtectionState;
}) {
  const route = useRoute();
  const [journeyOpen, setJourneyOpen] = useState(false);
  // The protection read before the first render is true only of that render: a gate drawn again later
  // (after all data is removed and the worker starts again) reads the device afresh.
  const firstProtection = useRef(protection);
  useEffect(() => void (firstProtection.current = undefined), []);
  // Fetched once the first screen is up, so the home screen is ready when the app is unlocked.
  useEffect(() => void HomeScreen.preload().catch(() => undefined), []);
  useEffect(() => setJourneyOpen(route.name === 'draft' || route.name === 'start'), [route]);
  // When another tab removes all data, nothing of it may stay on screen here either.
  useEffect(
    () =>
      onOtherTabs((message) => {
        if (message.type !== 'removedAll') return;
        forgetDataKey();
        navigate({ name: 'removed' }, { replace: true });
      }),
    [],
  );
  return (
    <AppFrame headerActions={<LockNowButton />} banner={<UpdatePrompt journeyOpen={journeyOpen} />}>
      <ErrorBoundary>
        {storageProblem || reachableWhenLocked(route) ? (
          <RouteView route={route} storageProblem={storageProblem} />
        ) : (
          <ProtectionGate initialProtection={firstProtection.current}>
            <RouteView route={route} />
          </ProtectionGate>
        )}
      </ErrorBoundary>
    </AppFrame>
  );
}
