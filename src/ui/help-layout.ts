import { displayWidth } from './text-width.js';
import { wrapText } from './wrap.js';

/**
 * Commander's help measured and wrapped as every other screen is: a Chinese
 * character is two columns (commander counts it as one, so columns drifted),
 * and Chinese wraps between characters (commander breaks only at spaces).
 * Loaded only when help is shown.
 */
export const helpLayout = {
  displayWidth: (text: string) => displayWidth(text),
  boxWrap: (text: string, width: number) => wrapText(text, width).join('\n'),
};
