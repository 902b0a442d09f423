import type { ComponentChildren } from 'preact';

/** Marks every training screen, so practice is never mistaken for casework. */
export function TrainingBanner({ children }: { children?: ComponentChildren }) {
  return (
    <div class="training-banner" role="region" aria-label="Training">
      <p class="training-banner__title">
        <strong>TRAINING</strong> Practice only: not a real case. Nothing here becomes a record or appears
        among your drafts.
      </p>
      {children}
    </div>
  );
}
