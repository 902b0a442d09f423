import { useState } from 'preact/hooks';
import type { NotesContent } from '../../content/schema';
import { Button } from '../components/Button';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { Textarea } from '../components/Textarea';
import type { StepScreenProps } from './types';
import { PageHeading } from '../components/PageHeading';

/** Things to identify or consider, each with an optional short note. None is required to go on. */
export function NotesScreen({ step, content, initial, onAnswer, onInput }: StepScreenProps<NotesContent>) {
  const [notes, setNotes] = useState<Record<string, string>>(initial?.kind === 'notes' ? initial.notes : {});
  const update = (itemId: string, note: string) => {
    const next = { ...notes, [itemId]: note };
    setNotes(next);
    onInput({ kind: 'notes', notes: next });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    onAnswer({ kind: 'notes', notes });
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageHeading class="heading-l">{content.title}</PageHeading>
      {content.hint && <p class="hint">{content.hint}</p>}
      {content.items.map((item) => (
        <Textarea
          key={item.id}
          id={`${step}-${item.id}`}
          label={item.label}
          hint="Optional"
          value={notes[item.id] ?? ''}
          rows={2}
          onInput={(note) => update(item.id, note)}
        />
      ))}
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button>Continue</Button>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
