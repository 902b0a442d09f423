import { nonEngagementDocument } from './non-engagement';
import { partnershipDocument } from './partnership';
import { peterReviewDocument } from './peter-review';
import { riskManagementDocument } from './risk-management';
import type { GuidanceDocument } from './schema';
import { thresholdsDocument } from './thresholds';

/** The guidance library: the five documents, in the order the home screen's journeys use them. */
export const guidanceLibrary: GuidanceDocument[] = [
  nonEngagementDocument,
  thresholdsDocument,
  riskManagementDocument,
  partnershipDocument,
  peterReviewDocument,
];
