// Removes the packages' dist/ before `tsc -b`: tsc never deletes the output of
// a source file that was moved or removed, and a stale module would otherwise
// ship in the tarball (its .tsbuildinfo lives in dist/ too, so tsc rebuilds).
import { rmSync } from 'node:fs';

for (const name of ['core', 'widgets']) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
