// `node bench/screenshot-answer-key.js [dir]` after `npm run build`: the HTML
// answer key of the shipped bank, a screenshot and an A4 PDF from headless
// Chromium, and PNGs of the first pages when poppler's pdftoppm is there, to
// look at by eye. Without Chromium it writes the HTML and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cs-interview.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'cs-key-shot-')));
mkdirSync(out, { recursive: true });

function chromium(...args) {
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(out, 'profile')}`,
      ...args,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr}`);
}

for (const lang of ['zh', 'en']) {
  // Standard output rather than --output, so this works with any build that knows --format html.
  const r = spawnSync(process.execPath, [bin, 'answers', '--format', 'html', '--lang', lang], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`answers exited ${r.status}: ${r.stderr}`);
  const html = join(out, `key-${lang}.html`);
  writeFileSync(html, r.stdout);
  console.log(html);
  if (!existsSync(CHROMIUM)) continue;
  const url = pathToFileURL(html).href;
  const shot = join(out, `screen-${lang}.png`);
  chromium('--hide-scrollbars', `--screenshot=${shot}`, '--window-size=1000,1400', url);
  const pdf = join(out, `key-${lang}.pdf`);
  chromium('--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url);
  console.log(shot);
  console.log(pdf);
  const pages = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '4',
    pdf,
    join(out, `page-${lang}`),
  ]);
  if (pages.error === undefined) console.log(join(out, `page-${lang}-*.png`));
}
if (!existsSync(CHROMIUM))
  console.log(`no ${CHROMIUM}: install chromium (and fonts-noto-cjk) to render`);
