import { useState } from 'preact/hooks';
import type { QuestionContent } from '../../content/schema';
import { choiceOf } from '../../machines/journey';
import { Button } from '../components/Button';
import { ErrorSummary, useSubmitError } from '../components/ErrorSummary';
import { Radios, firstOptionId } from '../components/Radios';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { QuoteFindings, SituationPassage } from './Findings';
import type { StepScreenProps } from './types';

export function QuestionScreen({
  step,
  content,
  initial,
  findings,
  onAnswer,
  onInput,
}: StepScreenProps<QuestionContent>) {
  const [choice, setChoice] = useState(choiceOf(initial));
  const { error, attempt, fail } = useSubmitError();
  const submit = (event: Event) => {
    event.preventDefault();
    if (choice === undefined) return fail(content.errorMessage);
    onAnswer({ kind: 'choice', choice });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        attempt={attempt}
        errors={error ? [{ fieldId: firstOptionId(step), message: error }] : []}
      />
      {content.caption && <span class="caption-l">{content.caption}</span>}
      <SituationPassage situation={content.situation} />
      <Radios
        name={step}
        legend={content.title}
        hint={content.hint}
        options={content.options}
        value={choice}
        error={error}
        onChange={(value) => {
          setChoice(value);
          onInput({ kind: 'choice', choice: value });
        }}
      />
      <ReconstructedNote reconstruction={content.reconstructed} />
      <QuoteFindings findings={findings} heading="Examples from the guidance" />
      <Button>Continue</Button>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
