import { formatTime } from '../../machines/dates';
import type { SaveStatus } from './useDraftSession';

/**
 * Says whether the worker's answers are safely on the device. "Saved" appears only once the write has
 * committed; a failed write is announced and can be retried without losing what is on screen.
 */
export function SaveStatusBar({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  if (status.state === 'failed') {
    return (
      <div class="save-status save-status--failed" role="alert">
        <p>{status.message}</p>
        <button type="button" class="button button--secondary" onClick={onRetry}>
          Try saving again
        </button>
      </div>
    );
  }
  return (
    <p class="save-status" role="status" data-save-state={status.state}>
      {status.state === 'saving' ? 'Saving…' : `Saved on this device at ${formatTime(status.at)}`}
    </p>
  );
}
