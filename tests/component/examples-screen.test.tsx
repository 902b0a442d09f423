// @vitest-environment jsdom
// The examples browser shows, with the examples they are about, the notes on how this damaged copy of
// the table was read: a worker must see that an example's level comes from its position alone.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { examplesUncertain } from '../../content/thresholds';
import { ExamplesScreen } from '../../src/screens/ExamplesScreen';

afterEach(cleanup);

describe('examples browser', () => {
  it('shows each note on how a level’s cells were placed under that level’s heading', async () => {
    render(<ExamplesScreen />);
    const levelNotes = examplesUncertain.filter((note) => note.level);
    expect(levelNotes.length).toBeGreaterThan(0);
    for (const note of levelNotes) {
      const shown = screen.getAllByText(note.note);
      expect(shown.length, note.note).toBe(1);
      const level = shown[0].closest('.examples-level');
      expect(level?.className, note.note).toContain(`examples-level--${note.level}`);
    }
  });

  it('keeps the note with the sexual red examples when the list is filtered to that type', () => {
    render(<ExamplesScreen />);
    fireEvent.change(screen.getByLabelText('Type of abuse'), { target: { value: 'sexual' } });
    const sexualRed = examplesUncertain.find((note) => note.abuseType === 'sexual' && note.level === 'red')!;
    const red = screen.getByText(sexualRed.note).closest('.examples-level') as HTMLElement;
    expect(within(red).getByText(/Verbal and gestured sexualised teasing/, { selector: 'li' })).toBeTruthy();
  });
});
