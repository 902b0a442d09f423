import { useEffect, useState } from 'preact/hooks';
import { peterCaseStudy, type PeterStage } from '../../../content/scenarios';
import { matchesExpected } from '../../../machines/rules/training';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { href } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary, useSubmitError } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SourceCitation } from '../../components/SourceCitation';
import { SummaryList } from '../../components/SummaryList';
import { WarningText } from '../../components/WarningText';
import { toStorageError } from '../../storage/errors';
import { getTrainingProgress, saveTrainingProgress } from '../../storage/training';
import type { TrainingProgress } from '../../storage/schema';
import { TrainingBanner } from './TrainingBanner';
import { PageHeading } from '../../components/PageHeading';

const { stages } = peterCaseStudy;
const labelsOf = (stageIndex: number, values: readonly string[]) =>
  values.map(
    (value) => stages[stageIndex].question.options.find((option) => option.value === value)?.label ?? value,
  );

/**
 * The case of Peter, stage by stage: the review's account, a decision for the trainee, then the review's
 * finding and the action taken as feedback. Progress is kept on the device between sessions.
 */
export function PeterScreen() {
  const [progress, setProgress] = useState<TrainingProgress>();
  const [problem, setProblem] = useState<string>();
  const [showingFeedback, setShowingFeedback] = useState(false);
  useEffect(() => {
    getTrainingProgress(peterCaseStudy.id).then(
      (saved) => {
        const loaded = saved ?? { scenarioId: peterCaseStudy.id, stage: 0, answers: {} };
        setProgress(loaded);
        // Reopening on a stage already answered shows its feedback, as the trainee left it.
        const current = stages[loaded.stage ?? 0];
        setShowingFeedback(!!current && !!loaded.answers?.[current.id]);
      },
      (failure) => setProblem(toStorageError(failure, 'unavailable').message),
    );
  }, []);
  const stageIndex = progress?.stage ?? 0;
  const stage = stages[stageIndex];
  useDocumentTitle(stage ? `The case of Peter: stage ${stageIndex + 1}` : 'The case of Peter: finished');

  /** Saves progress, then shows the screen it leads to in one render. */
  const save = (next: TrainingProgress, thenShowFeedback: boolean) =>
    saveTrainingProgress(next).then(
      () => {
        setProgress(next);
        setShowingFeedback(thenShowFeedback);
      },
      (failure) => setProblem(toStorageError(failure).message),
    );

  if (problem) return <WarningText>{problem}</WarningText>;
  if (!progress)
    return (
      <p class="body" role="status">
        Opening the case study…
      </p>
    );

  if (!stage) {
    const matched = stages.filter((entry) =>
      matchesExpected(progress.answers?.[entry.id] ?? [], entry.expected),
    ).length;
    return (
      <div>
        <TrainingBanner />
        <PageHeading class="heading-l">The case of Peter: finished</PageHeading>
        <p class="body">
          Your decisions matched what the review supports at {matched} of {stages.length} stages.
        </p>
        <SummaryList
          rows={stages.map((entry, index) => ({
            key: `${index + 1}. ${entry.learningPoint}`,
            lines: [
              `You chose: ${labelsOf(index, progress.answers?.[entry.id] ?? []).join('; ') || 'nothing'}`,
              `The review: ${labelsOf(index, entry.expected).join('; ')}`,
            ],
          }))}
        />
        <div class="button-group">
          <button
            type="button"
            class="button"
            onClick={() => void save({ ...progress, stage: 0, answers: {} }, false)}
          >
            Start the case study again
          </button>
          <a class="button button--secondary" href={href({ name: 'training' })}>
            Back to training
          </a>
        </div>
      </div>
    );
  }

  const given = progress.answers?.[stage.id] ?? [];
  const answer = (choice: string[]) => {
    void save({ ...progress, answers: { ...progress.answers, [stage.id]: choice } }, true);
  };

  return (
    <div>
      <TrainingBanner />
      <BackLink onBack={() => history.back()} label="Back to training" />
      <span class="caption-l">
        The case of Peter: stage {stageIndex + 1} of {stages.length}, {stage.learningPoint}
      </span>
      {stageIndex === 0 &&
        peterCaseStudy.introduction.map((paragraph, index) => (
          <p class="body" key={`intro-${index}`}>
            {paragraph}
          </p>
        ))}
      {stage.narrative.map((paragraph, index) => (
        <p class="body narrative" key={index}>
          {paragraph}
        </p>
      ))}
      <SourceCitation sources={[stage.narrativeSource]} />
      {showingFeedback ? (
        <section aria-labelledby="peter-feedback">
          <PageHeading class="heading-l" id="peter-feedback">
            {matchesExpected(given, stage.expected)
              ? 'Your decision matches what the review supports'
              : 'The review supports a different decision'}
          </PageHeading>
          <SummaryList
            rows={[
              { key: stage.question.title, lines: [`You chose: ${labelsOf(stageIndex, given).join('; ')}`] },
              { key: 'What the review supports', lines: labelsOf(stageIndex, stage.expected) },
              { key: 'The review found', lines: [stage.feedback.finding] },
              ...(stage.feedback.actionTaken
                ? [{ key: 'Action taken', lines: [stage.feedback.actionTaken] }]
                : []),
              ...(stage.interpretation ? [{ key: 'How this was read', lines: [stage.interpretation] }] : []),
            ]}
          />
          <SourceCitation sources={[stage.feedback.source]} />
          <Button type="button" onClick={() => void save({ ...progress, stage: stageIndex + 1 }, false)}>
            {stageIndex === stages.length - 1 ? 'See how you did' : 'Next stage'}
          </Button>
        </section>
      ) : (
        // Keyed by stage, so each stage starts with no choice and no error of its own.
        <StageQuestion key={stage.id} stage={stage} onAnswer={answer} />
      )}
    </div>
  );
}

function StageQuestion({ stage, onAnswer }: { stage: PeterStage; onAnswer: (choice: string[]) => void }) {
  const [choice, setChoice] = useState<string[]>([]);
  const { error, attempt, fail } = useSubmitError();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!choice.length)
      return fail(stage.question.multiple ? 'Select all the options that apply' : 'Select an option');
    onAnswer(choice);
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary attempt={attempt} errors={error ? [{ fieldId: `${stage.id}-0`, message: error }] : []} />
      {stage.question.multiple ? (
        <Checkboxes
          name={stage.id}
          legend={stage.question.title}
          hint={stage.question.hint}
          options={stage.question.options}
          values={choice}
          error={error}
          onChange={setChoice}
        />
      ) : (
        <Radios
          name={stage.id}
          legend={stage.question.title}
          hint={stage.question.hint}
          options={stage.question.options}
          value={choice[0]}
          error={error}
          onChange={(value) => setChoice([value])}
        />
      )}
      <Button>Continue</Button>
    </form>
  );
}
