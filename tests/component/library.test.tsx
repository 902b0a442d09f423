// @vitest-environment jsdom
// The guidance library's screens: search results marked as text, a citation opening its section with
// the way back, damage shown as repaired or missing, and citations everywhere being links to it.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute, href, type LibraryRoute } from '../../src/app/routes';

/** The way back of a library address. */
const backOf = (hash: string) => (parseRoute(hash) as LibraryRoute).back;
import { citationHref, SourceCitation } from '../../src/components/SourceCitation';
import { LibraryScreen } from '../../src/screens/guidance/LibraryScreen';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('library search', () => {
  it('shows each matching section with its document, heading and the matching words marked', () => {
    const { container } = render(<LibraryScreen route={{ name: 'library', q: 'gatekeeper' }} />);
    expect(screen.getByRole('status').textContent).toBe('1 section matches “gatekeeper”');
    const result = container.querySelector('.search-results__item')!;
    const link = within(result as HTMLElement).getByRole('link');
    expect(link.textContent).toBe('Non-engagement flowchart: Concerns/Issues Raised');
    expect(link.getAttribute('href')).toBe('#/guidance/non-engagement/concerns');
    expect([...result.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['gatekeeper']);
    expect(result.querySelector('.search-results__excerpt')?.textContent).toContain(
      'Family acting as a gatekeeper?',
    );
  });

  it('searches all five documents, and finds words that begin with what was typed', () => {
    const { container } = render(<LibraryScreen route={{ name: 'library', q: 'safeguard' }} />);
    const links = [...container.querySelectorAll('.search-results__link')];
    const documents = new Set(links.map((link) => link.getAttribute('href')!.split('/')[2]));
    expect([...documents].sort()).toEqual([
      'non-engagement',
      'partnership',
      'peter-review',
      'risk-management',
      'thresholds',
    ]);
    const marked = new Set(
      [...container.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase()),
    );
    expect(marked).toContain('safeguarding');
  });

  it('shows what was typed as text, never as markup', () => {
    const typed = '<img src=x onerror=alert(1)>';
    const { container } = render(<LibraryScreen route={{ name: 'library', q: typed }} />);
    expect(screen.getByRole('status').textContent).toBe(`0 sections match “${typed}”`);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('a document in the library', () => {
  it('opens at the section a citation names, focused, with the way back to the journey step', () => {
    render(
      <LibraryScreen
        route={{
          name: 'library',
          doc: 'risk-management',
          cite: '§6.1 b) Stage 2: "a named lead against each action"',
          back: '#/draft/d-1',
        }}
      />,
    );
    const heading = document.activeElement!;
    expect(heading.textContent).toBe('6.1 b) Stage 2 - multi-agency risk management planning meeting:');
    expect(heading.closest('section')?.classList).toContain('guidance-section--current');
    expect(screen.getByRole('link', { name: 'Back to your journey' }).getAttribute('href')).toBe(
      '#/draft/d-1',
    );
    // Links inside the library keep the way back.
    const contents = within(screen.getByRole('navigation', { name: 'Contents' }));
    expect(
      contents
        .getByRole('link', { name: 'Appendix C: Example of a process for managing high risk cases' })
        .getAttribute('href'),
    ).toBe('#/guidance/risk-management/appendix-c?back=%23%2Fdraft%2Fd-1');
  });

  it('shows the edition and its notice, repairs as repairs, and what cannot be read as missing', () => {
    render(<LibraryScreen route={{ name: 'library', doc: 'thresholds' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Solihull Local Practice Guidance No 15, Thresholds',
    );
    expect(screen.getByText('Edition: April 2013 (review date April 2015)')).toBeTruthy();
    expect(screen.getByText(/The review date of this guidance \(April 2015\) has passed/)).toBeTruthy();
    const matrix = screen.getByRole('table', { name: 'Safeguarding Adults Threshold' });
    const often = within(matrix).getByRole('row', { name: /2\. How often/ });
    const cells = within(often).getAllByRole('cell');
    expect(cells[0]!.textContent).toMatch(
      /^Cannot be read in this copy\. This cell is damaged in the copy: only the fragment "tual\/risk of abuse"/,
    );
    expect(cells[1]!.textContent).toMatch(/^Cannot be read in this copy\. This cell is empty in the copy\./);
    expect(screen.getByRole('heading', { name: 'Left out of this copy' })).toBeTruthy();
    expect(screen.getByText('“MODE THAN TWO”:', { exact: false })).toBeTruthy();
  });

  it('never skips a heading level, in sections or in table cells, so its headings read as an outline', () => {
    for (const doc of [
      'non-engagement',
      'thresholds',
      'risk-management',
      'partnership',
      'peter-review',
    ] as const) {
      render(<LibraryScreen route={{ name: 'library', doc }} />);
      const skips: string[] = [];
      let previous = 1;
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(heading.tagName[1]);
        if (level > previous + 1) skips.push(`h${previous} to h${level}: ${heading.textContent}`);
        previous = level;
      }
      expect(skips, doc).toEqual([]);
      cleanup();
    }
  });

  it('says which section numbers were repaired', () => {
    render(<LibraryScreen route={{ name: 'library', doc: 'risk-management', section: 's1-1' }} />);
    expect(document.activeElement!.textContent).toBe('1.1 (Repaired: the copy numbers it “I.1”)');
  });

  it('says so when a citation names no section of the document, and shows the whole document', () => {
    render(
      <LibraryScreen route={{ name: 'library', doc: 'partnership', cite: '§9 Not in this document' }} />,
    );
    expect(screen.getByRole('status').textContent).toContain(
      'The section “§9 Not in this document” could not be found',
    );
    expect(screen.getByRole('heading', { name: '4 Supporting Forums/Processes' })).toBeTruthy();
  });
});

describe('citations', () => {
  it('are links to the cited section, with the screen the worker is on as the way back', () => {
    location.hash = '#/draft/abc';
    render(
      <SourceCitation
        sources={[
          { doc: 'thresholds', section: '§15.2 IF IN DOUBT' },
          { doc: 'partnership', section: '§3.3 Sharing information' },
        ]}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Thresholds guidance (LPG 15), §15.2 IF IN DOUBT',
      'Structured partnership approach, §3.3 Sharing information',
    ]);
    expect(parseRoute(links[0]!.getAttribute('href')!)).toEqual({
      name: 'library',
      doc: 'thresholds',
      cite: '§15.2 IF IN DOUBT',
      back: '#/draft/abc',
    });
  });

  it('carry only an address inside the app as the way back', () => {
    const withBack = (back: string) =>
      backOf(
        citationHref({ doc: 'thresholds', section: '§15.3' }).replace(
          /back=[^&]*/,
          `back=${encodeURIComponent(back)}`,
        ),
      );
    location.hash = '#/draft/abc';
    expect(withBack('#/record/r-1')).toBe('#/record/r-1');
    expect(withBack('javascript:alert(1)')).toBeUndefined();
    expect(withBack('https://example.org/#/')).toBeUndefined();
  });

  it('round-trip through the address', () => {
    const routes: LibraryRoute[] = [
      { name: 'library' },
      { name: 'library', q: 'best interests' },
      { name: 'library', doc: 'risk-management', section: 's6-1-b', back: '#/record/r-1' },
      {
        name: 'library',
        doc: 'thresholds',
        cite: '§15.3 examples: Physical, SAFEGUARDING (3rd column)',
        back: '#/draft/d?x',
      },
    ];
    for (const route of routes.slice(0, 3)) expect(parseRoute(href(route))).toEqual(route);
    // A way back with a query in it is not an address in this app, so it is dropped.
    expect(backOf(href(routes[3]!))).toBeUndefined();
  });
});
