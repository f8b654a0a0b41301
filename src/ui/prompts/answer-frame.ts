/**
 * The answer prompt's frame while an answer is typed (pure): the editor laid out at the screen's
 * size under the header and over the footer of answer-view.ts.
 */
import type { ChalkInstance } from 'chalk';
import type { EditorState } from './answer-editor.js';
import { type Layout, layoutEditor, type StyledLine } from './answer-layout.js';
import { type AnsweringView, answerFooter, answerHeader, questionRows } from './answer-view.js';

/**
 * The editor's frame at the screen's size, scrolled from `scrollTop`: with the question at its
 * top when the frame fills the screen, and the rows hidden above or below said on the
 * countdown's row when that costs no row.
 */
export function answerFrame(
  questionText: string | undefined,
  view: AnsweringView,
  editor: EditorState,
  size: { width: number; height: number },
  scrollTop: number,
  colors: ChalkInstance,
): Layout {
  let question: StyledLine[] = [];
  const layoutFor = (hidden?: { above: number; below: number }) =>
    layoutEditor({
      header: [...question, ...answerHeader({ ...view, hidden }, colors)],
      footer: answerFooter(view, colors),
      text: editor.text,
      cursor: editor.cursor,
      width: size.width,
      height: size.height,
      scrollTop,
      paintMark: (m) => colors.cyan(m),
    });
  let layout = layoutFor();
  if (questionText && layout.rows.length >= size.height) {
    question = questionRows(questionText, size.width, colors);
    layout = layoutFor();
  }
  if (layout.hiddenAbove > 0 || layout.hiddenBelow > 0) {
    // Said on the countdown's row when it fits there: a row more would hide another line.
    const told = layoutFor({ above: layout.hiddenAbove, below: layout.hiddenBelow });
    if (told.rows.length === layout.rows.length && told.scrollTop === layout.scrollTop)
      layout = told;
  }
  return layout;
}
