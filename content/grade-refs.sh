#!/bin/sh
# Grades every staged new question's reference answer (zh and en) against a copy of
# the bank with them appended: each should score full marks and trip no red flag.
set -e
cd "$(dirname "$0")/.."
node content/check.mjs --bank /tmp/cbank >/dev/null || true
node content/refs.mjs zh && node content/refs.mjs en
for l in zh en; do
  node bin/cs-interview.js grade --bank /tmp/cbank --no-save --json --lang "$l" "/tmp/refs-$l.yaml" >"/tmp/g-$l.json" || true
  node -e '
    const j = require(process.argv[1]);
    let bad = 0;
    for (const r of j.results) {
      if (r.score === r.points && r.red_flags.length === 0) continue;
      bad++;
      console.log(process.argv[2], r.id, r.score + "/" + r.points, "missed:", r.missed.join("|"),
        "flags:", r.red_flags.map((f) => f.id + "=" + f.matched.join(",")).join(" "));
    }
    console.log(process.argv[2] + ":", j.results.length, "graded,", bad, "short of full marks");
  ' "/tmp/g-$l.json" "$l"
done
