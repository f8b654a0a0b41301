import { neutralize } from '../../neutralize.js';
import { displayWidth } from '../text-width.js';
import { wrapText } from '../wrap.js';
import type { RenderContext } from './context.js';

/** A horizontal rule across the width (─ is ambiguous-width: two columns in a CJK terminal). */
export function rule(ctx: RenderContext): string {
  return ctx.c.dim('─'.repeat(Math.floor(ctx.width / displayWidth('─'))));
}

/** A heading and its body, the body wrapped and indented by two columns. Bank text is neutralised here. */
export function titledBlock(ctx: RenderContext, heading: string, body: string): string[] {
  return [
    ctx.c.bold.cyan(heading),
    ...wrapText(neutralize(body.trimEnd()), ctx.width, { indent: '  ' }),
  ];
}

/** A hint and its command on one line when they fit, else the command on a line of its own: never broken. */
export function withCommand(hint: string, command: string, width: number): string[] {
  const line = `${hint}${hint.endsWith('：') ? '' : ' '}${command}`;
  return displayWidth(line) <= width ? [line] : [...wrapText(hint, width), `  ${command}`];
}
