import { useState } from 'preact/hooks';
import type { EntriesContent } from '../../content/schema';
import { Button } from '../components/Button';
import { ErrorMessage, ErrorSummary, useSubmitError } from '../components/ErrorSummary';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { TextInput } from '../components/TextInput';
import type { StepScreenProps } from './types';
import { PageHeading } from '../components/PageHeading';

type Entry = Record<string, string>;

const isComplete = (entry: Entry, content: EntriesContent) =>
  content.fields.every((field) => entry[field.id]?.trim());
const isBlank = (entry: Entry) => Object.values(entry).every((value) => !value.trim());

/** A list built entry by entry (GOV.UK "add another"), e.g. the actions of a SMART action plan. */
export function EntriesScreen({
  step,
  content,
  initial,
  onAnswer,
  onInput,
}: StepScreenProps<EntriesContent>) {
  const [entries, setEntries] = useState<Entry[]>(
    initial?.kind === 'entries' && initial.entries.length ? initial.entries : [{}],
  );
  const { error, attempt, fail } = useSubmitError();
  const change = (next: Entry[]) => {
    setEntries(next);
    onInput({ kind: 'entries', entries: next });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const kept = entries.filter((entry) => !isBlank(entry));
    // A half-filled entry is never dropped silently: the worker completes or removes it.
    if (kept.some((entry) => !isComplete(entry, content))) {
      return fail(`Complete every ${content.entryName}, or remove the ones you do not need`);
    }
    if (kept.length < (content.minEntries ?? 0)) {
      return fail(content.errorMessage ?? `Add at least ${content.minEntries} ${content.entryName}`);
    }
    onAnswer({ kind: 'entries', entries: kept });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        attempt={attempt}
        errors={error ? [{ fieldId: `${step}-0-${content.fields[0].id}`, message: error }] : []}
      />
      <PageHeading class="heading-l">{content.title}</PageHeading>
      {content.hint && <p class="hint">{content.hint}</p>}
      {entries.map((entry, index) => (
        <fieldset class="fieldset entry" key={index}>
          <legend class="fieldset__legend fieldset__legend--m">
            {content.entryName[0].toUpperCase() + content.entryName.slice(1)} {index + 1}
          </legend>
          {content.fields.map((field) => {
            const id = `${step}-${index}-${field.id}`;
            const missing = error && !isBlank(entry) && !entry[field.id]?.trim();
            const set = (value: string) =>
              change(entries.map((e, i) => (i === index ? { ...e, [field.id]: value } : e)));
            if (field.options) {
              return (
                <div key={field.id} class={missing ? 'form-group form-group--error' : 'form-group'}>
                  <fieldset class="fieldset" aria-describedby={missing ? `${id}-error` : undefined}>
                    <legend class="fieldset__legend">{field.label}</legend>
                    <ErrorMessage
                      id={`${id}-error`}
                      message={missing ? `Select ${field.label.toLowerCase()}` : undefined}
                    />
                    <div class="radios radios--inline">
                      {field.options.map((option, optionIndex) => (
                        <div class="radios__item" key={option.value}>
                          <input
                            class="radios__input"
                            id={optionIndex === 0 ? id : `${id}-${optionIndex}`}
                            name={id}
                            type="radio"
                            value={option.value}
                            checked={entry[field.id] === option.value}
                            onChange={() => set(option.value)}
                          />
                          <label class="radios__label" for={optionIndex === 0 ? id : `${id}-${optionIndex}`}>
                            {option.label}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </div>
              );
            }
            return (
              <TextInput
                key={field.id}
                id={id}
                label={field.label}
                hint={field.hint}
                type={field.inputType}
                width={field.inputType === 'date' ? 'narrow' : 'full'}
                value={entry[field.id] ?? ''}
                error={missing ? `Enter ${field.label.toLowerCase()}` : undefined}
                onInput={set}
              />
            );
          })}
          {entries.length > 1 && (
            <button
              type="button"
              class="link-button"
              onClick={() => change(entries.filter((_, i) => i !== index))}
            >
              Remove
              <span class="visually-hidden">
                {' '}
                {content.entryName} {index + 1}
              </span>
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="button button--secondary" onClick={() => change([...entries, {}])}>
        Add another {content.entryName}
      </button>
      <ReconstructedNote reconstruction={content.reconstructed} />
      <div>
        <Button>Continue</Button>
      </div>
      <SourceCitation sources={[content.source]} />
    </form>
  );
}
