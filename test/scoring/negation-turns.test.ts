import { describe, expect, it } from 'vitest';
import { gradeOn } from './shipped-scoring.js';

/**
 * Where an English negation ends: at a verb of leaving undone ("can't
 * abandon my queue" keeps the queue), at the end of its sentence (a heading
 * after "…so no one repeats it." is not negated), and, for "are all out",
 * back over the quoted items it rules out. Sentences written for this test.
 */
const grade = (id: string, text: string) => gradeOn('en', id, text);

const covered = (id: string, index: number, text: string) =>
  grade(id, text).keyPoints[index]?.covered === true;

describe('a verb of leaving undone turns a negation round', () => {
  it.each([
    [
      'communication-3',
      0,
      "I won't neglect my own customers while I help, so each gets a holding line.",
    ],
    [
      'communication-3',
      0,
      "I can't abandon the current customer, so I send a short holding reply first.",
    ],
  ] as const)('%s #%i: %s', (id, index, text) => {
    expect(covered(id, index, text)).toBe(true);
  });
  it('still negates without one', () => {
    expect(covered('communication-3', 0, "I won't bother with my own customers first.")).toBe(
      false,
    );
  });
});

describe('a negation ends with its sentence', () => {
  it('leaves the next line alone', () => {
    const text =
      'Notes go into the ticket so no buyer has to repeat it.\nTools. A clear auto-reply tells them our hours.';
    expect(covered('industry-region-2', 3, text)).toBe(true);
  });
  it('still negates inside it', () => {
    expect(covered('industry-region-2', 3, 'There is no auto-reply, I answer when I am in.')).toBe(
      false,
    );
  });
});

describe('"are all out" rules out the quoted items before it', () => {
  it('is no red flag and earns the point', () => {
    const g = grade(
      'industry-region-3',
      '"Lowest price online", "world number one", "best ever" are all out.',
    );
    expect(g.flags.map((f) => f.code)).not.toContain('red-flag');
    expect(g.keyPoints[3]?.covered).toBe(true);
  });
  it('an item said by the speaker is still a red flag', () => {
    const g = grade(
      'industry-region-3',
      'I tell viewers "lowest price online", "world number one" all night.',
    );
    expect(g.flags.flatMap((f) => (f.code === 'red-flag' ? [f.id] : []))).toContain(
      'banned-claims',
    );
  });
});
