import { Button } from '../components/Button';
import { PageHeading } from '../components/PageHeading';

interface StepNotShownProps {
  /** Why, in words a worker can pass on: the step and what it lacks in this version of the app. */
  reason: string;
  /** Back to the step before, when there is one. */
  onBack?: () => void;
  onHome: () => void;
}

/**
 * A step this version of the app cannot show: a screen kind it has no screen for, or no content for the
 * step. Said plainly, never shown as some other screen, with a way back and a way home.
 */
export function StepNotShownScreen({ reason, onBack, onHome }: StepNotShownProps) {
  return (
    <div>
      <PageHeading class="heading-l">This step cannot be shown</PageHeading>
      <p class="body">{reason}</p>
      <p class="body">
        Your answers so far are saved on this device. Go back to the step before, or return to the home
        screen; updating the app may let it show this step.
      </p>
      <div class="button-group">
        {onBack && (
          <Button type="button" onClick={onBack}>
            Go back
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onHome}>
          Return to the home screen
        </Button>
      </div>
    </div>
  );
}
