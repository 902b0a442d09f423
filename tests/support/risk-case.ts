// A multi-agency risk management case driven through its task list, as the unit tests of the journey,
// its record and its fidelity to the framework all need it: applicability pointing to the framework,
// stage 1, stage 2 with its action plan, and review meetings.
import { expect } from 'vitest';
import type { Answer } from '../../machines/journey';
import { checklist, choice, choices, text, type startJourney } from './drive';

export type CaseRun = Pick<ReturnType<typeof startJourney>, 'answer' | 'next' | 'startTask' | 'step'>;

/** One action of the plan; `status` is given from the first review on. */
export interface PlanAction {
  action: string;
  namedLead: string;
  timescale: string;
  status?: 'open' | 'done' | 'notNeeded';
}

export const actionPlan = (actions: readonly PlanAction[]): Answer => ({
  kind: 'entries',
  entries: actions.map((action) => ({ ...action })),
});

/**
 * From the task list through "Does the framework apply?": a self-neglecting adult who refuses essential
 * services, needing a multi-agency response, no other process and no s42 enquiry; back at the task list.
 */
export function throughApplicability(run: CaseRun): void {
  run.startTask('applicability');
  run.next();
  run.answer(choices('selfNeglect'));
  run.answer(choice('yes'));
  run.answer(choices('refusedEssentialServices'));
  run.answer(choice('yes'));
  run.answer(choices('none'));
  run.answer(choice('no'));
  expect(run.step()).toBe('convene');
  run.next();
  expect(run.step()).toBe('tasks');
}

/** Stage 1 opened from the task list, once the framework applies. */
export function openStage1(run: CaseRun): void {
  run.startTask('stage1');
  expect(run.step()).toBe('stage1');
}

/**
 * Stage 1 with none of Appendix C's criteria, the case not on the team risk register, and the adult not
 * believed to lack capacity and not refusing all help; back at the task list.
 */
export function throughStage1(run: CaseRun): void {
  openStage1(run);
  run.answer(checklist());
  run.answer(choices('none'));
  run.answer(choice('no'));
  run.next();
  run.answer(choice('no'));
  run.answer(choice('no'));
  run.next();
  expect(run.step()).toBe('tasks');
}

/** Stage 2 with this action plan and review date; back at the task list. */
export function throughStage2(run: CaseRun, plan: readonly PlanAction[], reviewDate: string): void {
  run.startTask('stage2');
  run.answer(checklist());
  run.answer({ kind: 'notes', notes: {} });
  run.answer(checklist());
  run.answer(actionPlan(plan));
  run.answer(text(reviewDate));
  expect(run.step()).toBe('tasks');
}

export interface ReviewMeeting {
  date: string;
  plan: readonly PlanAction[];
  /** Whether the meeting found the risks resolved or managed to an acceptable level (§6.2). */
  resolved: boolean;
  /** The next review date, or the on-going support when resolved. */
  then: string;
}

/** One review meeting recorded from the task list, with progress made; back at the task list. */
export function recordReview(run: CaseRun, meeting: ReviewMeeting): void {
  run.startTask('review');
  run.answer(text(meeting.date));
  run.answer({ kind: 'entries', entries: [{ name: 'A. Khan', roleAgency: 'Lead professional' }] });
  run.answer(checklist());
  run.answer(actionPlan(meeting.plan));
  run.answer(text('New information'));
  run.answer(text('Risk changes'));
  run.answer(choice('yes'));
  run.answer(text('Decisions and reasons'));
  run.answer(choice(meeting.resolved ? 'yes' : 'no'));
  run.answer(text(meeting.then));
  run.next();
  expect(run.step()).toBe('tasks');
}
