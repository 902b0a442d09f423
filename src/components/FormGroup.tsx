// The frame every GOV.UK question shares: the question (as the page heading when it is the page's one
// question), a hint, and an error message, tied to the field by aria-describedby.
import type { ComponentChildren } from 'preact';
import { ErrorMessage } from './ErrorSummary';
import { PageHeading } from './PageHeading';

interface Described {
  hint?: string;
  error?: string;
}

function describedBy(id: string, { hint, error }: Described): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: Described & { id: string }) {
  return (
    <>
      {hint && (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
    </>
  );
}

const groupClass = (error?: string) => (error ? 'form-group form-group--error' : 'form-group');

/** A single field with a label; `children` receives the ids the field must point to. */
export function LabelledField({
  id,
  label,
  isPageHeading,
  hint,
  error,
  children,
}: Described & {
  id: string;
  label: string;
  isPageHeading?: boolean;
  children: (describedBy: string | undefined) => ComponentChildren;
}) {
  const labelElement = (
    <label class={isPageHeading ? 'label label--l' : 'label'} for={id}>
      {label}
    </label>
  );
  return (
    <div class={groupClass(error)}>
      {isPageHeading ? <PageHeading class="heading-l">{labelElement}</PageHeading> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy(id, { hint, error }))}
    </div>
  );
}

/** A group of options answering one question: the question is the legend and the page's h1. */
export function QuestionFieldset({
  name,
  legend,
  hint,
  error,
  children,
}: Described & { name: string; legend: string; children: ComponentChildren }) {
  return (
    <div class={groupClass(error)}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, { hint, error })}>
        <legend class="fieldset__legend">
          <PageHeading class="heading-l">{legend}</PageHeading>
        </legend>
        <HintAndError id={name} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
