import { recordAndGo } from '../journey';
import { collusionContentId, collusionSteps, type CollusionStep } from '../rules/collusion';

/**
 * The six "Am I colluding?" questions as consecutive steps, shared by the self-check journey and the
 * non-engagement journey. `after` is the transition (or guarded transitions) taken from the last one.
 */
export function collusionSelfCheckSteps<const TAfter>(after: TAfter) {
  const steps = {} as Record<
    CollusionStep,
    {
      meta: { screen: 'question'; contentId: string };
      on: { ANSWER: TAfter | ReturnType<typeof recordAndGo<CollusionStep>> };
    }
  >;
  collusionSteps.forEach((step, index) => {
    const next = collusionSteps[index + 1];
    steps[step] = {
      meta: { screen: 'question', contentId: collusionContentId(step) },
      on: { ANSWER: next ? recordAndGo(next) : after },
    };
  });
  return steps;
}
