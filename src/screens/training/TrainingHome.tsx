import { useEffect, useState } from 'preact/hooks';
import { abuseTypes } from '../../../content/thresholds';
import {
  nonEngagementScenarios,
  peterCaseStudy,
  scenarioEdition,
  scenarioKinds,
  thresholdScenarios,
} from '../../../content/scenarios';
import { formatDateTime } from '../../../machines/dates';
import { currentStep, type JourneyContext } from '../../../machines/journey';
import { caseStudyPlace } from '../../../machines/rules/training';
import { href, navigate } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { WarningText } from '../../components/WarningText';
import { listDrafts } from '../../storage/drafts';
import { toStorageError } from '../../storage/errors';
import { clearTraining } from '../../storage/training';
import type { DraftEnvelope, TrainingLink } from '../../storage/schema';
import { TrainingBanner } from './TrainingBanner';
import { progressFromRuns, startPractice, type ScenarioProgress } from './scenarios';
import { PageHeading } from '../../components/PageHeading';

const typeLabel = (value: string) => abuseTypes.find((type) => type.value === value)?.label ?? value;

/**
 * Training: practice scenarios on the same journeys workers use, and the case of Peter. Everything here
 * is kept apart from casework and can be cleared in one go.
 */
export function TrainingHome() {
  useDocumentTitle('Training');
  const [runs, setRuns] = useState<DraftEnvelope[]>([]);
  const [caseStudyRun, setCaseStudyRun] = useState<DraftEnvelope>();
  const [scenarioProgress, setScenarioProgress] = useState<Map<string, ScenarioProgress>>(new Map());
  const [problem, setProblem] = useState<string>();
  const [confirmingClear, setConfirmingClear] = useState(false);
  const load = () =>
    listDrafts({ training: true }).then(
      (loadedRuns) => {
        // The case study's runs are shown in its own section: the latest (runs come most recent first).
        const isCaseStudy = (run: DraftEnvelope) => run.training?.kind === 'peter';
        setRuns(loadedRuns.filter((run) => run.status !== 'complete' && !isCaseStudy(run)));
        setCaseStudyRun(loadedRuns.find(isCaseStudy));
        setScenarioProgress(progressFromRuns(loadedRuns));
      },
      (error) => setProblem(toStorageError(error, 'unavailable').message),
    );
  useEffect(() => void load(), []);
  const start = async (link: TrainingLink, title: string) => {
    try {
      const draft = await startPractice(link, title);
      navigate({ name: 'draft', draftId: draft.id });
    } catch (error) {
      setProblem(toStorageError(error).message);
    }
  };
  // A threshold scenario's ratings are its own reading of the situation, not the guidance's (the guidance
  // only places the example in a column), so its attempts are compared with that reading.
  const status = (id: string, comparedWith: 'the guidance' | 'this scenario’s reading') => {
    const entry = scenarioProgress.get(id);
    if (!entry) return 'Not tried';
    const tries = entry.attempts === 1 ? '1 attempt' : `${entry.attempts} attempts`;
    return `${entry.matched ? 'Matched' : 'Differed from'} ${comparedWith} (${entry.text}), ${formatDateTime(entry.at)}; ${tries}`;
  };
  const caseStudyProgress = () => {
    if (!caseStudyRun) return '';
    const context = (caseStudyRun.snapshot as { context?: JourneyContext } | null)?.context;
    const place =
      caseStudyRun.status === 'complete' || !context
        ? 'finished'
        : caseStudyPlace(peterCaseStudy, currentStep(context));
    const { length } = peterCaseStudy.stages;
    return ` (${place === 'finished' ? 'finished' : `stage ${place + 1} of ${length}`})`;
  };

  return (
    <div>
      <TrainingBanner />
      <PageHeading class="heading-xl">Training</PageHeading>
      <p class="body">
        Practise on scenarios written from the guidance, using the same journeys as casework. After each one,
        the feedback shows where the guidance places it and why. No case reference is asked for and nothing
        becomes a record.
      </p>
      {problem && <WarningText>{problem}</WarningText>}
      {runs.length > 0 && (
        <>
          <h2 class="heading-l">Practice in progress</h2>
          <ul class="list">
            {runs.map((run) => (
              <li key={run.id}>
                <a href={href({ name: 'draft', draftId: run.id })}>
                  {run.caseReference.replace(/^TRAINING: /, '')}
                </a>{' '}
                (last saved {formatDateTime(run.updatedAt)})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 class="heading-l">The case of Peter</h2>
      <p class="body">
        {peterCaseStudy.introduction[0]}{' '}
        <a href={href({ name: 'start', journeyId: scenarioKinds.peter.journeyId })}>
          Work through the case study
        </a>
        {caseStudyProgress()}
      </p>
      <h2 class="heading-l">Threshold practice</h2>
      <p class="body">
        {thresholdScenarios.length} scenarios, each written from one example in the thresholds guidance. Run
        the threshold decision on the scenario; the feedback says where the guidance places the example and
        compares your ratings and decision with the scenario’s reading of it.
      </p>
      <table class="table">
        <caption class="table__caption">Threshold scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Type of abuse</th>
            <th scope="col">Your last attempt</th>
          </tr>
        </thead>
        <tbody>
          {thresholdScenarios.map((scenario) => (
            <tr key={scenario.id}>
              <td>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => start({ kind: 'threshold', scenarioId: scenario.id }, scenario.title)}
                >
                  {scenario.title}
                </button>
              </td>
              <td>{scenario.abuseTypes.map(typeLabel).join(', ')}</td>
              <td>{status(scenario.id, 'this scenario’s reading')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="heading-l">Non-engagement practice</h2>
      <p class="body">
        Scenarios with signs of collusion or of risk from non-engagement. Use the "Am I colluding?" self-check
        on each one.
      </p>
      <table class="table">
        <caption class="table__caption">Non-engagement scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Your last attempt</th>
          </tr>
        </thead>
        <tbody>
          {nonEngagementScenarios.map((scenario) => (
            <tr key={scenario.id}>
              <td>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => start({ kind: 'nonEngagement', scenarioId: scenario.id }, scenario.title)}
                >
                  {scenario.title}
                </button>
              </td>
              <td>{status(scenario.id, 'the guidance')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="heading-l">About these scenarios</h2>
      <ul class="list list--bullet">
        {scenarioEdition.notes.map((note, index) => (
          <li key={index}>{note.text}</li>
        ))}
      </ul>
      <h2 class="heading-l">Clear training data</h2>
      {confirmingClear ? (
        <div>
          <WarningText>
            This removes all practice runs and progress from this device. Real drafts and records are not
            affected.
          </WarningText>
          <div class="button-group">
            <button
              type="button"
              class="button button--warning"
              onClick={() =>
                clearTraining().then(
                  () => {
                    setConfirmingClear(false);
                    void load();
                  },
                  (error) => setProblem(toStorageError(error).message),
                )
              }
            >
              Yes, clear all training data
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirmingClear(false)}>
              No, keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setConfirmingClear(true)}>
          Clear all training data
        </button>
      )}
    </div>
  );
}
