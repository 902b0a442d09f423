/** The GOV.UK back link: one step back in the journey, the same as the browser's Back button. */
export function BackLink({ onBack, label = 'Back' }: { onBack: () => void; label?: string }) {
  return (
    <button type="button" class="back-link" onClick={onBack}>
      {label}
    </button>
  );
}
