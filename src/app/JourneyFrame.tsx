// The page around every step of a running journey: the back link, the journey's title, its case
// reference and save status, and, on a practice run, the training banner (its feedback is part of the
// step's own screen: see JourneyStep).
import type { ComponentChildren } from 'preact';
import type { Answer } from '../../machines/journey';
import type { StepView } from '../../machines/session';
import { BackLink } from '../components/BackLink';
import type { TrainingLink } from '../storage/schema';
import { lazyScreen } from './lazyScreen';
import { SaveStatusBar } from './SaveStatusBar';
import type { SaveStatus } from './useDraftSession';

const TrainingJourneyPanel = lazyScreen(() =>
  import('../screens/training/TrainingJourneyPanel').then((module) => module.TrainingJourneyPanel),
);

interface JourneyFrameProps {
  view: StepView;
  journeyTitle: string;
  caseReference: string;
  saveStatus: SaveStatus;
  onRetrySave: () => void;
  /** One step back, or home from the first step. */
  onBack: () => void;
  /** While a form opened over the step is shown (the case reference, signing), Back leaves it instead. */
  onLeave?: () => void;
  training?: TrainingLink;
  answers: Record<string, Answer>;
  children: ComponentChildren;
}

export function JourneyFrame({
  view,
  journeyTitle,
  caseReference,
  saveStatus,
  onRetrySave,
  onBack,
  onLeave,
  training,
  answers,
  children,
}: JourneyFrameProps) {
  return (
    <div>
      {onLeave ? (
        <BackLink onBack={onLeave} />
      ) : (
        view.active && (
          <BackLink onBack={onBack} label={view.canGoBack ? 'Back' : 'Back to the home screen'} />
        )
      )}
      {training && (
        <TrainingJourneyPanel part="banner" training={training} step={view.step} answers={answers} />
      )}
      <div class="journey-bar">
        <span class="journey-bar__title">{journeyTitle}</span>
        <span class="journey-bar__reference">
          Case reference: <strong>{caseReference}</strong>
        </span>
        <SaveStatusBar status={saveStatus} onRetry={onRetrySave} />
      </div>
      {children}
    </div>
  );
}
