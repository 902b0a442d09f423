// Every journey, loaded at once: for tests and tools that walk them all. The app loads them lazily
// through the catalogue in ./index.
import { collusionJourney } from './collusion';
import type { Journey } from './index';
import { nonEngagementJourney } from './non-engagement';
import { partnershipJourney } from './partnership';
import { riskManagementJourney } from './risk-management';
import { thresholdJourney } from './thresholds';

export const allJourneys: Journey[] = [
  nonEngagementJourney,
  thresholdJourney,
  collusionJourney,
  riskManagementJourney,
  partnershipJourney,
];
