import { isDeepStrictEqual } from 'node:util';
import { loadAll } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { HANDED_OFF, readSubsetYaml } from '../../src/bank/subset-yaml.js';
import { readYaml as readPlainYaml } from '../../src/bank/yaml-confirm.js';
import type { SuiteCase } from './suite.js';

/**
 * Valid YAML the bank's reader refuses, each with the reason. The reader
 * refuses rather than read a text two ways or in a way a bank has no use
 * for; every other valid case it reads to the suite's own value.
 */
export const REFUSED_VALID: readonly { reason: string; cases: readonly string[] }[] = [
  {
    reason:
      'a tag outside the core schema (`!foo`, `!!set`, `!!binary`, `!!omap`, `%TAG` handles): a bank holds plain values only',
    cases: [
      '2XXW',
      '565N',
      '5TYM',
      '6CK3',
      '6WLZ',
      '7FWL',
      '9WXW',
      'C4HZ',
      'CC74',
      'CUP7',
      'J7PZ',
      'P76L',
      'UGM3',
      'WZ62',
      'Z67P',
      'Z9M4',
    ],
  },
  {
    reason:
      'a tag on an empty node (`!!null : a`, a lone `!`): js-yaml and yaml resolve it differently, so it is refused rather than read one way',
    cases: ['FH7J', 'UKK6/02'],
  },
  {
    reason:
      "a collection or an empty node as a mapping key (`[a]: b`, `? - a`, `: x`): js-yaml turns such a key into text, which could pass for a field name; a bank's keys are field names",
    cases: [
      '2JQS',
      '4FJ6',
      '6BFJ',
      '6M2F',
      '6PBE',
      'DFF7',
      'FRK4',
      'KK5P',
      'LX3P',
      'M2N8/00',
      'M2N8/01',
      'M5DY',
      'NHX8',
      'NKF9',
      'Q9WF',
      'S3PD',
      'SBG9',
      'SM9W/01',
      'UKK6/00',
      'V9D5',
      'X38W',
    ],
  },
  {
    reason:
      'an anchor on an empty node, or several properties on lines of their own: js-yaml reads them otherwise than the spec, so they are refused',
    cases: ['9KAX', 'PW8X'],
  },
  {
    reason:
      'a flow mapping entry without a space after the colon, or a single pair in a flow sequence (`{"a":b}`, `[a: b]`): js-yaml does not know these 1.2 forms',
    cases: ['4MUZ/00', '4MUZ/01', '4MUZ/02', '5MUD', '9SA2', 'K3WX', 'NJ66', 'UT92', 'VJP3/01'],
  },
  {
    reason:
      'a block scalar at indentation 0 on the `---` line or a bare document that follows `...` lines: js-yaml refuses these stream forms; a bank file is one document',
    cases: ['DK3J', 'FP8R', 'M7A3', 'W4TN'],
  },
  {
    reason:
      'a multi-line plain scalar beside a comment, or a line starting `---word`: js-yaml reads other text than the spec, so the two readers disagree and the file is refused',
    cases: ['82AN', 'RZP5', 'XW4D'],
  },
];

/** What one reader made of a case: refused, or accepted with the suite's value or not (`undefined`: no JSON). */
export interface Reading {
  accepted: boolean;
  same: boolean | undefined;
}

export interface Verdict extends Reading {
  case: SuiteCase;
  /** The subset reader alone, which the reader tries first: it accepts a case or hands it off. */
  subset: Reading;
  /** Each library alone, for comparison: js-yaml 4 and yaml 2 with strict options. */
  jsYaml: Reading;
  yaml: Reading;
}

/** A reader: the documents of a text, or a throw when it refuses the text. */
type Reader = (text: string) => unknown[];

const readers: Record<'ours' | 'subset' | 'jsYaml' | 'yaml', Reader> = {
  subset: (text) => {
    const value = readSubsetYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (value === HANDED_OFF) throw new Error('handed off');
    return [value];
  },
  ours: (text) => {
    const read = readPlainYaml(text);
    if ('refused' in read) throw new Error(read.refused.reason);
    return read.documents;
  },
  jsYaml: (text) => loadAll(text) as unknown[],
  yaml: (text) => {
    const options = {
      version: '1.2',
      uniqueKeys: true,
      prettyErrors: true,
      logLevel: 'error',
    } as const;
    const docs = parseAllDocuments(text, options);
    return (Array.isArray(docs) ? docs : []).map((doc) => {
      if (doc.errors.length > 0) throw doc.errors[0];
      return doc.toJS({ maxAliasCount: -1 });
    });
  },
};

function read(reader: Reader, c: SuiteCase): Reading {
  let documents: unknown[];
  try {
    documents = reader(c.text);
  } catch {
    return { accepted: false, same: undefined };
  }
  if (c.json === undefined) return { accepted: true, same: undefined };
  // JSON has no `undefined`: an empty node is null there.
  const value = JSON.parse(JSON.stringify(documents.map((d) => d ?? null)));
  return { accepted: true, same: isDeepStrictEqual(value, c.json) };
}

/** What the bank's YAML reader, and each library alone, make of each case. */
export function judge(cases: readonly SuiteCase[]): Verdict[] {
  return cases.map((c) => ({
    case: c,
    ...read(readers.ours, c),
    subset: read(readers.subset, c),
    jsYaml: read(readers.jsYaml, c),
    yaml: read(readers.yaml, c),
  }));
}

/** The reason a valid case is allowed to be refused, if it is listed. */
export function allowedRefusal(id: string): string | undefined {
  return REFUSED_VALID.find((group) => group.cases.includes(id))?.reason;
}

/** The markdown report: a summary, the refused valid cases with reasons, then every case. */
export function renderReport(verdicts: readonly Verdict[]): string {
  const count = (f: (v: Verdict) => boolean) => verdicts.filter(f).length;
  const errors = verdicts.filter((v) => v.case.fail);
  const valid = verdicts.filter((v) => !v.case.fail);
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines = [
    '# The bank reader on the YAML test suite',
    '',
    'Generated by `UPDATE_YAML_SUITE_REPORT=1 npx vitest run test/bank/yaml-suite.test.ts`',
    'from the cases in `../shared/yaml-test-suite` (not part of this project); the test',
    'fails when this file is out of date. The reader is `readPlainYaml` in',
    '`src/bank/plain-yaml.ts`: the subset reader first (`src/bank/subset-yaml.ts`), which',
    'hands off any text outside the YAML bank files are written in, then js-yaml 4, confirmed',
    'by yaml 2 where a text is suspect.',
    '',
    `- ${verdicts.length} cases: ${errors.length} errors, ${valid.length} valid.`,
    `- Errors refused: ${count((v) => v.case.fail && !v.accepted)} of ${errors.length}.`,
    `- Valid accepted: ${count((v) => !v.case.fail && v.accepted)}; with the suite's value: ${count((v) => v.same === true)}; different: ${count((v) => v.same === false)}; no JSON to compare: ${count((v) => !v.case.fail && v.accepted && v.same === undefined)}.`,
    `- Valid refused: ${count((v) => !v.case.fail && !v.accepted)}, each for a reason below.`,
    `- The subset reader alone: ${count((v) => v.subset.accepted)} accepted, ${count((v) => v.case.fail && v.subset.accepted)} of them errors; with the suite's value: ${count((v) => v.subset.same === true)}; different: ${count((v) => v.subset.same === false)}; no JSON to compare: ${count((v) => v.subset.accepted && v.subset.same === undefined)}. The other ${count((v) => !v.subset.accepted)} are handed off to js-yaml.`,
    '',
    'For comparison, each library alone (js-yaml 4 `loadAll`; yaml 2 `parseAllDocuments` with',
    "`version: '1.2'`, `uniqueKeys`, `prettyErrors`):",
    '',
    '| reader | errors accepted | valid refused | valid read to another value |',
    '| --- | --- | --- | --- |',
    ...(
      [
        ['this reader', (v: Verdict): Reading => v],
        ['js-yaml 4 alone', (v: Verdict) => v.jsYaml],
        ['yaml 2 alone', (v: Verdict) => v.yaml],
      ] as const
    ).map(([name, of]) => {
      const ids = (f: (v: Verdict) => boolean) => {
        const list = verdicts.filter(f).map((v) => v.case.id);
        return list.length === 0 ? '0' : `${list.length}: ${list.join(', ')}`;
      };
      return `| ${name} | ${ids((v) => v.case.fail && of(v).accepted)} | ${count((v) => !v.case.fail && !of(v).accepted)} | ${ids((v) => !v.case.fail && of(v).same === false)} |`;
    }),
    '',
    '## Valid cases refused, and why',
    '',
    ...REFUSED_VALID.map((g) => `- ${g.reason}: ${g.cases.join(', ')}.`),
    '',
    '## Every case',
    '',
    '| case | name | suite | reader | same value | subset reader | js-yaml alone | yaml alone |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...verdicts.map(
      (v) =>
        `| ${v.case.id} | ${cell(v.case.name)} | ${v.case.fail ? 'error' : 'valid'} | ${v.accepted ? 'accepted' : 'refused'} | ${sameCell(v)} | ${v.subset.accepted ? `accepted, ${sameCell(v.subset)}` : 'handed off'} | ${short(v.jsYaml)} | ${short(v.yaml)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function sameCell(r: Reading): string {
  return r.same === undefined ? '—' : r.same ? 'yes' : 'NO';
}

/** A library's reading in one cell: refused, or accepted with its value's verdict. */
function short(r: Reading): string {
  return r.accepted ? `accepted, ${sameCell(r)}` : 'refused';
}
