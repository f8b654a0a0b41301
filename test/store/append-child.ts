/**
 * The child process of the concurrency test, bundled with the store by
 * esbuild: appends `count` attempts tagged `tag` to the store in `dir`, once
 * the parent says go (so that both children write at the same time).
 */

import { once } from 'node:events';
import { openStore } from '../../src/store/history-store.js';
import { newRecordId } from '../../src/store/record.js';
import { sampleAttempt } from './sample-records.js';

/** A text of varied length (up to ~70 KB every 500th) that names its writer and number. */
export function childText(tag: string, n: number): string {
  const filler = n % 500 === 0 ? '长'.repeat(24_000) : '您好，'.repeat(n % 200);
  return `${tag}#${n} ${filler}`;
}

export async function runAppendChild([dir = '', tag = '', count = '0']: string[]): Promise<void> {
  const store = openStore(dir, { lang: 'en' });
  process.stdout.write('ready\n');
  await once(process.stdin, 'data');
  const started = performance.now();
  for (let n = 0; n < Number(count); n++) {
    store.append(
      sampleAttempt({
        id: newRecordId(),
        session: tag,
        question: `q-${n}`,
        text: childText(tag, n),
        at: new Date().toISOString(),
      }),
    );
  }
  store.close();
  process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
  process.stdin.destroy();
}
