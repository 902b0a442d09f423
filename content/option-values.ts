// Option values that mean the same in every journey, so the content, the machines' rules and the
// screens agree on them.

/** "None of these": the answer that stands alone in a multi-select question (choosing it clears the others). */
export const noneValue = 'none';

/** The two answers to "do you want to go on?" after an outcome that points away from the journey. */
export const goOnValue = 'goOn';
export const finishValue = 'finish';
