// @ts-check
// Packs the package in the current folder with `pnpm pack` (which rewrites `workspace:`
// ranges the way a publish does), then checks the tarball's files and packed package.json.
// Run from a published package: `node ../../tooling/release/src/check-tarball.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTarEntries } from './tar-entries.mjs';
import { checkTarballFiles, classifyTarballFile } from './tarball-rules.mjs';
import { listWorkspacePackages, versionsOf } from './workspace.mjs';

const destination = mkdtempSync(join(tmpdir(), 'cavra-tarball-'));
try {
  const output = execFileSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const packed = JSON.parse(output.slice(output.indexOf('{')));
  const tarball = readFileSync(packed.filename);
  const files = readTarEntries(tarball).map((entry) => ({
    path: entry.path.replace(/^package\//, ''),
    content: entry.content,
  }));
  const problems = checkTarballFiles(files, versionsOf(listWorkspacePackages()));

  /** @type {Record<string, number>} */
  const kinds = {};
  for (const file of files) {
    const verdict = classifyTarballFile(file.path);
    const kind = verdict.allowed ? verdict.kind : 'refused';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const summary = Object.entries(kinds)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  console.log(
    `${packed.name}@${packed.version}: ${files.length} files, ${tarball.length} bytes packed (${summary})`,
  );
  if (problems.length > 0) {
    console.error(`tarball check failed for ${packed.name}:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } else {
    console.log('tarball check passed: allowed files only, no workspace: ranges');
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
