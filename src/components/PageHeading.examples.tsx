import type { Example } from './example';
import { PageHeading } from './PageHeading';

export const examples: Example[] = [
  { name: 'a screen heading', render: () => <PageHeading class="heading-l">Check your answers</PageHeading> },
  {
    name: 'the home screen heading',
    render: () => <PageHeading class="heading-xl">Safeguarding Adults Decision Aid</PageHeading>,
  },
];
