import type { JSX } from 'preact';

/**
 * A named example of a screen or component, in the way GOV.UK Frontend documents its components: each
 * screen and component keeps its examples in the `.examples.tsx` file beside it, and the component tests
 * render every one (axe as first rendered and after Continue).
 */
export interface Example {
  name: string;
  render: () => JSX.Element;
}
