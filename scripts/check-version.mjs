// The version each element reports (SaElement.version, compared when two
// copies of the library meet on a page) must match the packages' versions.
import { readFileSync } from 'node:fs';

const source = readFileSync('packages/core/src/version.ts', 'utf8');
const inCode = /VERSION = '([^']+)'/.exec(source)?.[1];
const problems = ['packages/core/package.json', 'packages/widgets/package.json']
  .map((file) => [file, JSON.parse(readFileSync(file, 'utf8')).version])
  .filter(([, version]) => version !== inCode)
  .map(([file, version]) => `${file} is ${version}, packages/core/src/version.ts is ${inCode}`);
if (problems.length) {
  console.error(`Version mismatch: ${problems.join('; ')}`);
  process.exit(1);
}
