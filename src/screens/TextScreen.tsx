import { useState } from 'preact/hooks';
import type { TextContent } from '../../content/schema';
import { Button } from '../components/Button';
import { ErrorSummary, useSubmitError } from '../components/ErrorSummary';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { Textarea } from '../components/Textarea';
import { TextInput } from '../components/TextInput';
import type { StepScreenProps } from './types';

export function TextScreen({ step, content, initial, onAnswer, onInput }: StepScreenProps<TextContent>) {
  const [text, setText] = useState(initial?.kind === 'text' ? initial.text : '');
  const { error, attempt, fail } = useSubmitError();
  const fieldId = `${step}-text`;
  const record = (value: string) => {
    setText(value);
    onInput({ kind: 'text', text: value });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (content.errorMessage && text.trim() === '') return fail(content.errorMessage);
    onAnswer({ kind: 'text', text });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary attempt={attempt} errors={error ? [{ fieldId, message: error }] : []} />
      {content.inputType === 'date' ? (
        <TextInput
          id={fieldId}
          label={content.title}
          isPageHeading
          hint={content.hint}
          value={text}
          error={error}
          type="date"
          width="narrow"
          onInput={record}
        />
      ) : (
        <Textarea
          id={fieldId}
          label={content.title}
          isPageHeading
          hint={content.hint}
          value={text}
          error={error}
          rows={8}
          onInput={record}
        />
      )}
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button>Continue</Button>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
