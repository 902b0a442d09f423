import { nonEngagementJourney, unfitDraft } from './exampleFixtures';
import { snapshotProblems } from '../../machines/restore';
import type { Example } from '../components/example';
import { DraftProblemScreen } from './DraftProblemScreen';

export const examples: Example[] = [
  {
    name: 'draft saved at a step that no longer exists',
    render: () => (
      <DraftProblemScreen
        draft={unfitDraft}
        journey={nonEngagementJourney}
        problems={snapshotProblems(nonEngagementJourney, unfitDraft.snapshot)}
      />
    ),
  },
  {
    name: 'draft of a journey this version does not have',
    render: () => (
      <DraftProblemScreen
        draft={{ ...unfitDraft, journeyId: 'retired-journey' }}
        problems={['This version of the app has no journey called "retired-journey".']}
      />
    ),
  },
];
