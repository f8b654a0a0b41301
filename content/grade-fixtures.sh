#!/bin/sh
# Grades the staged fixtures (content/fixtures/*.yaml) against a copy of the bank with
# the new questions appended, and holds them to what test/scoring/fixtures.test.ts asks:
# strong > partial > weak > off-topic, strong >= 80 % of the points, off-topic <= 20 %.
set -e
cd "$(dirname "$0")/.."
node content/check.mjs --bank /tmp/cbank >/dev/null || true
node --input-type=module -e '
import YAML from "yaml";
import fs from "node:fs";
import { execFileSync } from "node:child_process";
const dir = "content/fixtures";
let bad = 0, n = 0;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  const fx = YAML.parse(fs.readFileSync(`${dir}/${f}`, "utf8"));
  const score = {};
  let points = 0;
  for (const [label, text] of Object.entries(fx.answers)) {
    fs.writeFileSync("/tmp/fx.yaml", YAML.stringify({ [fx.question]: text }));
    let out;
    try { out = execFileSync("node", ["bin/cs-interview.js", "grade", "--bank", "/tmp/cbank", "--no-save", "--json", "/tmp/fx.yaml"]); }
    catch (e) { out = e.stdout; }
    const r = JSON.parse(out).results[0];
    score[label] = r.score; points = r.points;
  }
  n++;
  const ok = score.strong > score.partial && score.strong >= 0.8 * points && score.partial > score.weak &&
    score.weak > score["off-topic"] && score["off-topic"] <= 0.2 * points;
  if (!ok) bad++;
  console.log(ok ? "✓" : "✗", fx.question, JSON.stringify(score), "/", points);
}
console.log(n, "fixtures,", bad, "out of order");
process.exit(bad ? 1 : 0);
'
