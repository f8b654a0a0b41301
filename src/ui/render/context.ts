import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../lang.js';

/** What every renderer needs: the language, the width to wrap to, and the colours (level 0 for none). */
export interface RenderContext {
  lang: Lang;
  width: number;
  c: ChalkInstance;
}
