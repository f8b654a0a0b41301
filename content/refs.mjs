// Writes the reference answers of the staged new questions as a grade file (/tmp/refs-<lang>.yaml),
// so `grade --bank <copy>` can show each reference scores full marks and trips no red flag.
import YAML from 'yaml'; import fs from 'node:fs';
const lang = process.argv[2] ?? 'zh';
const out = {};
for (const f of fs.readdirSync('content').filter(f=>/^new-.*\.yaml$/.test(f))) {
  for (const q of YAML.parse(fs.readFileSync('content/'+f,'utf8')).questions ?? [])
    out[q.id] = lang === 'en' ? q.translations.en.answer : q.answer;
}
fs.writeFileSync('/tmp/refs-'+lang+'.yaml', YAML.stringify(out));
