import { collusionContent } from './collusion';
import { nonEngagementContent } from './non-engagement';
import { partnershipContent } from './partnership';
import { riskManagementContent } from './risk-management';
import type { ContentItem } from './schema';
import { peterContent } from './scenarios/peter';
import { thresholdJourneyContent } from './threshold-journey';

export type * from './schema';

/** Every content item the app can show, by id. */
export const allContent: ContentItem[] = [
  ...collusionContent,
  ...nonEngagementContent,
  ...thresholdJourneyContent,
  ...riskManagementContent,
  ...partnershipContent,
  ...peterContent,
];

export const contentById: ReadonlyMap<string, ContentItem> = new Map(
  allContent.map((item) => [item.id, item]),
);
