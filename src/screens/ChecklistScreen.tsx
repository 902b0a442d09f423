import { useState } from 'preact/hooks';
import type { ChecklistContent } from '../../content/schema';
import { checklistStatusLabels, type ChecklistEntry, type ChecklistStatus } from '../../machines/journey';
import { Button } from '../components/Button';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { Textarea } from '../components/Textarea';
import { TextInput } from '../components/TextInput';
import { WarningText } from '../components/WarningText';
import type { StepScreenProps } from './types';
import { PageHeading } from '../components/PageHeading';

const statuses = Object.keys(checklistStatusLabels) as ChecklistStatus[];

const emptyEntry: ChecklistEntry = { status: null, note: '' };

/** A checklist of actions: each item gets a status (done / planned / not appropriate) and a note. */
export function ChecklistScreen({
  step,
  content,
  initial,
  onAnswer,
  onInput,
}: StepScreenProps<ChecklistContent>) {
  const [items, setItems] = useState<Record<string, ChecklistEntry>>(
    initial?.kind === 'checklist' ? initial.items : {},
  );
  const update = (itemId: string, change: Partial<ChecklistEntry>) => {
    const next = { ...items, [itemId]: { ...(items[itemId] ?? emptyEntry), ...change } };
    setItems(next);
    onInput({ kind: 'checklist', items: next });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    onAnswer({ kind: 'checklist', items });
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageHeading class="heading-l">{content.title}</PageHeading>
      {content.hint && <p class="hint">{content.hint}</p>}
      {content.warning && <WarningText>{content.warning}</WarningText>}
      <ol class="checklist">
        {content.items.map((item) => {
          const entry = items[item.id] ?? emptyEntry;
          const name = `${step}-${item.id}`;
          return (
            <li class="checklist__item" key={item.id}>
              <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--m">{item.label}</legend>
                <div class="radios radios--inline radios--small">
                  {statuses.map((status) => (
                    <div class="radios__item" key={status}>
                      <input
                        class="radios__input"
                        id={`${name}-${status}`}
                        name={name}
                        type="radio"
                        checked={entry.status === status}
                        onChange={() => update(item.id, { status })}
                      />
                      <label class="radios__label" for={`${name}-${status}`}>
                        {checklistStatusLabels[status]}
                      </label>
                    </div>
                  ))}
                </div>
                {content.tracksOwnerAndDate && (
                  <div class="checklist__owner">
                    <TextInput
                      id={`${name}-owner`}
                      label="Who"
                      hint="Role or agency"
                      value={entry.owner ?? ''}
                      width="narrow"
                      onInput={(owner) => update(item.id, { owner })}
                    />
                    <TextInput
                      id={`${name}-due`}
                      label="By when"
                      type="date"
                      value={entry.due ?? ''}
                      width="narrow"
                      onInput={(due) => update(item.id, { due })}
                    />
                  </div>
                )}
                <Textarea
                  id={`${name}-note`}
                  label={`Note on “${item.label}” (optional)`}
                  value={entry.note}
                  rows={2}
                  onInput={(note) => update(item.id, { note })}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button>Continue</Button>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
