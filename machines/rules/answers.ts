import type { Answer, JourneyContext, JourneyEvent } from '../journey';
import { currentStep } from '../journey';

/** The answers as they will be once the answer in this event is recorded, for guards that read several. */
export function answersWith(context: JourneyContext, event: JourneyEvent): Record<string, Answer> {
  const step = currentStep(context);
  if (event.type !== 'ANSWER' || step === undefined) return context.answers;
  return { ...context.answers, [step]: event.answer };
}
