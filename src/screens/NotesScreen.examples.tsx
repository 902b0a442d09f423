import type { Example } from '../components/example';
import { exampleContent, stepProps } from './exampleFixtures';
import { NotesScreen } from './NotesScreen';

export const examples: Example[] = [
  {
    name: 'the risk assessment, empty (rm.riskAssessment)',
    render: () => (
      <NotesScreen {...stepProps('riskAssessment', exampleContent('rm.riskAssessment', 'notes'))} />
    ),
  },
  {
    name: 'risk enablement (sp.riskEnablement)',
    render: () => (
      <NotesScreen {...stepProps('riskEnablement', exampleContent('sp.riskEnablement', 'notes'))} />
    ),
  },
];
