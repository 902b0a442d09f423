import { nonEngagementDocument } from '../../../content/guidance/non-engagement';
import { riskManagementDocument } from '../../../content/guidance/risk-management';
import { thresholdsDocument } from '../../../content/guidance/thresholds';
import type { Example } from '../../components/example';
import { GuidanceBlocks } from './GuidanceBlocks';

const section = (sections: typeof thresholdsDocument.sections, id: string) => {
  const found = sections.flatMap((one) => [one, ...(one.sections ?? [])]).find((one) => one.id === id);
  if (!found) throw new Error(`Example section "${id}" does not exist`);
  return found;
};

export const examples: Example[] = [
  {
    name: 'a list and a place the copy cannot be read (flowchart, Consider)',
    render: () => (
      <GuidanceBlocks blocks={section(nonEngagementDocument.sections, 'consider').blocks} level={3} />
    ),
  },
  {
    name: 'a table with repaired and missing cells (thresholds 15.3)',
    render: () => <GuidanceBlocks blocks={section(thresholdsDocument.sections, 's15-3').blocks} level={3} />,
  },
  {
    name: 'a table whose cells hold lists (framework Appendix C)',
    render: () => (
      <GuidanceBlocks blocks={section(riskManagementDocument.sections, 'appendix-c').blocks} level={3} />
    ),
  },
];
