// Fails when any message in the widgets lacks a Spanish (or other target)
// translation. Run after `lit-localize extract`, which adds new messages to
// the xliff files without a <target>.
import { readFileSync, readdirSync } from 'node:fs';

const dir = 'packages/widgets/xliff';
let missing = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
  const xml = readFileSync(`${dir}/${file}`, 'utf8');
  for (const unit of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit[2]);
    if (!target || target[1].trim() === '') {
      console.error(`${dir}/${file}: message "${unit[1]}" has no translation`);
      missing++;
    }
  }
}
if (missing > 0) {
  console.error(`${missing} message(s) lack a translation: add a <target> to each trans-unit above.`);
  process.exit(1);
}
