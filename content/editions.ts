import type { DocumentId, Edition } from './schema';

// The editions of the guidance this version of the app is built from. Each record carries the editions
// of the documents its journey used, so a reader later knows which text the worker was shown.
export const editions: Record<DocumentId, Edition> = {
  'non-engagement': {
    doc: 'non-engagement',
    title: 'Non-engagement flowchart: individual/family is not engaging with services',
    date: 'undated',
    notice: 'This guidance applies to adults aged 18 or over.',
  },
  'risk-management': {
    doc: 'risk-management',
    title:
      'Hampshire and Isle of Wight four Safeguarding Adults Boards, Multi-Agency Risk Management Framework',
    date: 'March 2016',
    notice:
      'A newer edition of this framework exists locally. Check the current edition before relying on this one.',
  },
  partnership: {
    doc: 'partnership',
    title: 'Solihull Safeguarding Adults Board, Structured Partnership Approach guidance',
    date: 'undated',
  },
  thresholds: {
    doc: 'thresholds',
    title: 'Solihull Local Practice Guidance No 15, Thresholds',
    date: 'April 2013 (review date April 2015)',
    notice:
      'The review date of this guidance (April 2015) has passed. Check with your Safeguarding Adults team that it is still current.',
  },
  'peter-review': {
    doc: 'peter-review',
    title: 'Learning from a single agency review: the case of Peter',
    date: 'undated',
  },
};

/** Short names used when citing a section, e.g. "Risk management framework §3.3". */
export const documentShortNames: Record<DocumentId, string> = {
  'non-engagement': 'Non-engagement flowchart',
  'risk-management': 'Multi-agency risk management framework',
  partnership: 'Structured partnership approach',
  thresholds: 'Thresholds guidance (LPG 15)',
  'peter-review': 'Single agency review: Peter',
};
