import { useState } from 'preact/hooks';
import { noneValue } from '../../content/option-values';
import type { MultiSelectContent } from '../../content/schema';
import { choicesOf } from '../../machines/journey';
import { Button } from '../components/Button';
import { Checkboxes } from '../components/Checkboxes';
import { ErrorSummary, useSubmitError } from '../components/ErrorSummary';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { SituationPassage } from './Findings';
import type { StepScreenProps } from './types';

export function MultiSelectScreen({
  step,
  content,
  initial,
  onAnswer,
  onInput,
}: StepScreenProps<MultiSelectContent>) {
  const [choices, setChoices] = useState(choicesOf(initial));
  const { error, attempt, fail } = useSubmitError();
  const submit = (event: Event) => {
    event.preventDefault();
    if (content.errorMessage && choices.length === 0) return fail(content.errorMessage);
    onAnswer({ kind: 'choices', choices });
  };
  const hasExclusive = content.options.some((option) => option.value === noneValue);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary attempt={attempt} errors={error ? [{ fieldId: `${step}-0`, message: error }] : []} />
      {content.caption && <span class="caption-l">{content.caption}</span>}
      <SituationPassage situation={content.situation} />
      <Checkboxes
        name={step}
        legend={content.title}
        hint={content.hint}
        options={content.options}
        values={choices}
        exclusiveValue={hasExclusive ? noneValue : undefined}
        error={error}
        onChange={(values) => {
          setChoices(values);
          onInput({ kind: 'choices', choices: values });
        }}
      />
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button>Continue</Button>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
