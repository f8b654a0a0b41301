/**
 * What the keys do to a choice prompt (pure): ↑/↓ move, a letter picks its
 * option (toggles it in a `multiple` item), Space toggles the option under
 * the cursor, Enter submits once something is chosen, Ctrl+C cancels.
 */

import type { KeyEvent } from './keys.js';

export interface ChoiceState {
  readonly multiple: boolean;
  readonly count: number;
  /** The option under the cursor; -1 before any key (nothing is chosen by itself). */
  readonly cursor: number;
  /** Indexes chosen, sorted. In a single item, the cursor's option. */
  readonly chosen: readonly number[];
  /** Enter was pressed with nothing chosen. */
  readonly nothingChosen: boolean;
}

export type ChoiceOutcome = 'none' | 'submit' | 'cancel';

export function createChoice(count: number, multiple: boolean): ChoiceState {
  return { multiple, count, cursor: -1, chosen: [], nothingChosen: false };
}

/** Letters typed as an input method may send them: full-width, lower case; 对/错 for A/B. */
function letterIndex(ch: string, count: number): number {
  const plain = ch.normalize('NFKC').toUpperCase();
  const index = plain === '对' || plain === '對' ? 0 : plain === '错' || plain === '錯' ? 1 : -1;
  if (index >= 0) return count === 2 ? index : -1;
  if (!/^[A-Z]$/.test(plain)) return -1;
  const i = plain.charCodeAt(0) - 65;
  return i < count ? i : -1;
}

function pick(state: ChoiceState, index: number, toggle: boolean): ChoiceState {
  if (!state.multiple) return { ...state, cursor: index, chosen: [index], nothingChosen: false };
  if (!toggle) return { ...state, cursor: index };
  const chosen = state.chosen.includes(index)
    ? state.chosen.filter((i) => i !== index)
    : [...state.chosen, index].sort((a, b) => a - b);
  return { ...state, cursor: index, chosen, nothingChosen: false };
}

/** One key event; text events may hold several characters (typed fast, or an input method). */
export function applyChoiceKey(
  state: ChoiceState,
  event: KeyEvent,
): { state: ChoiceState; outcome: ChoiceOutcome } {
  if (event.kind === 'text' || event.kind === 'paste') {
    let next = state;
    for (const ch of event.text) {
      const index = letterIndex(ch, state.count);
      if (index >= 0) next = pick(next, index, true);
      else if (ch === ' ' && next.cursor >= 0) next = pick(next, next.cursor, true);
    }
    return { state: next, outcome: 'none' };
  }
  if (event.kind !== 'key') return { state, outcome: 'none' };
  if (event.ctrl && event.name === 'c') return { state, outcome: 'cancel' };
  if (event.alt) return { state, outcome: 'none' };
  const move = (step: number) => {
    const from = state.cursor < 0 ? (step > 0 ? -1 : 0) : state.cursor;
    return pick(state, (from + step + state.count) % state.count, false);
  };
  switch (event.name) {
    case 'up':
      return { state: move(-1), outcome: 'none' };
    case 'down':
    case 'tab':
      return { state: move(1), outcome: 'none' };
    case 'home':
      return { state: pick(state, 0, false), outcome: 'none' };
    case 'end':
      return { state: pick(state, state.count - 1, false), outcome: 'none' };
    case 'return':
      if (state.chosen.length === 0)
        return { state: { ...state, nothingChosen: true }, outcome: 'none' };
      return { state, outcome: 'submit' };
    default:
      return { state, outcome: 'none' };
  }
}

/**
 * Applies the events of one read. Keys after the one that ends the prompt (Enter with something
 * chosen, or Ctrl+C) in the same read were typed ahead: dropped.
 */
export function applyChoiceEvents(
  state: ChoiceState,
  events: readonly KeyEvent[],
): { state: ChoiceState; outcome: ChoiceOutcome } {
  let next = state;
  for (const event of events) {
    const step = applyChoiceKey(next, event);
    next = step.state;
    if (step.outcome !== 'none') return step;
  }
  return { state: next, outcome: 'none' };
}
