import type { ComponentChildren } from 'preact';

export function WarningText({ children }: { children: ComponentChildren }) {
  return (
    <div class="warning-text">
      <span class="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="warning-text__text">
        <span class="visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
