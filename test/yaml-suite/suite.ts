import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The YAML test suite's cases, read at test time from a folder beside the
 * project (`../shared/yaml-test-suite`, or `YAML_TEST_SUITE`): nothing of it
 * is copied here. Its README says how a case is written; see `unmark`.
 */
export interface SuiteCase {
  /** The file's name, with `/NN` for a case of a file of several. */
  id: string;
  name: string;
  /** The real input, markers turned back into characters. */
  text: string;
  /** The input is not YAML 1.2: a parser must refuse it. */
  fail: boolean;
  /** The expected value of each document; `undefined` when the suite gives no JSON. */
  json: unknown[] | undefined;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Where the suite is: the environment's `YAML_TEST_SUITE`, else beside the project. */
export function suiteFolder(): string {
  return resolve(ROOT, process.env.YAML_TEST_SUITE ?? '../shared/yaml-test-suite');
}

/** Whether the suite is there to be read. */
export function hasSuite(folder: string = suiteFolder()): boolean {
  return existsSync(join(folder, 'src'));
}

interface RawCase {
  name?: string;
  yaml?: string;
  json?: string | null;
  fail?: boolean;
  skip?: boolean;
}

/** Every case the suite does not skip, in file order. */
export function loadSuite(folder: string = suiteFolder()): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const files = readdirSync(join(folder, 'src'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    const list = parse(readFileSync(join(folder, 'src', file), 'utf8')) as RawCase[];
    if (list[0]?.skip === true) continue;
    // A later case takes what it leaves out from the one before, except `fail`.
    let name = '';
    let yaml = '';
    let json: string | null | undefined;
    list.forEach((raw, index) => {
      name = raw.name ?? name;
      if (raw.yaml !== undefined) {
        yaml = raw.yaml;
        json = raw.json;
      } else if ('json' in raw) {
        json = raw.json;
      }
      const id =
        file.replace(/\.yaml$/, '') + (list.length > 1 ? `/${String(index).padStart(2, '0')}` : '');
      cases.push({ id, name, text: unmark(yaml), fail: raw.fail === true, json: jsonTexts(json) });
    });
  }
  return cases;
}

/** The README's visible markers turned back into the characters they stand for. */
export function unmark(text: string): string {
  return text
    .replaceAll('␣', ' ')
    .replace(/—*»/g, '\t')
    .replaceAll('←', '\r')
    .replaceAll('⇔', '\uFEFF')
    .replaceAll('↵', '')
    .replace(/∎\n$/, '');
}

/** A stream of JSON texts (one a document) as values; empty for none. */
function jsonTexts(json: string | null | undefined): unknown[] | undefined {
  if (json === undefined) return undefined;
  const text = json ?? '';
  const values: unknown[] = [];
  let at = skipBlanks(text, 0);
  while (at < text.length) {
    let end = at + 1;
    for (; end <= text.length; end++) {
      if (end < text.length && !/\s/.test(text[end] ?? '')) continue;
      try {
        values.push(JSON.parse(text.slice(at, end)));
        break;
      } catch {}
    }
    if (end > text.length) throw new Error(`not a stream of JSON texts: ${text}`);
    at = skipBlanks(text, end);
  }
  return values;
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  return at;
}
