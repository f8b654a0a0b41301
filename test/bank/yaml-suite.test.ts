import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSuite, loadSuite, suiteFolder } from '../yaml-suite/suite.js';
import { allowedRefusal, judge, REFUSED_VALID, renderReport } from '../yaml-suite/verdicts.js';

const REPORT = resolve(import.meta.dirname, '../../docs/yaml-suite.md');
const present = hasSuite();
if (!present) {
  console.warn(
    `YAML test suite not found at ${suiteFolder()} (set YAML_TEST_SUITE): its tests are skipped`,
  );
}

describe.skipIf(!present)('the bank reader on the YAML test suite', () => {
  const verdicts = present ? judge(loadSuite()) : [];

  it('reads the suite (351 files)', () => {
    expect(verdicts.length).toBeGreaterThan(351);
  });

  it('refuses every case the suite marks as an error', () => {
    expect(verdicts.filter((v) => v.case.fail && v.accepted).map((v) => v.case.id)).toEqual([]);
  });

  it('reads every valid case it accepts to the suite’s value', () => {
    expect(verdicts.filter((v) => v.same === false).map((v) => v.case.id)).toEqual([]);
  });

  it('has the subset reader hand off every error, and read every valid case it accepts to the suite’s value', () => {
    const accepted = verdicts.filter((v) => v.subset.accepted);
    expect(accepted.filter((v) => v.case.fail).map((v) => v.case.id)).toEqual([]);
    expect(accepted.filter((v) => v.subset.same !== true).map((v) => v.case.id)).toEqual([]);
    // Not vacuous: the suite has block mappings and sequences of plain scalars.
    expect(accepted.length).toBeGreaterThan(20);
  });

  it('refuses a valid case only for a listed reason, and every listed case is refused', () => {
    const refused = verdicts.filter((v) => !v.case.fail && !v.accepted).map((v) => v.case.id);
    expect(refused.filter((id) => allowedRefusal(id) === undefined)).toEqual([]);
    expect(REFUSED_VALID.flatMap((g) => g.cases).sort()).toEqual([...refused].sort());
  });

  it('has its report up to date in docs/yaml-suite.md', () => {
    const report = renderReport(verdicts);
    if (process.env.UPDATE_YAML_SUITE_REPORT) writeFileSync(REPORT, report);
    expect(existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '').toBe(report);
  });
});
