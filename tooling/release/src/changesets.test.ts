import { join } from 'node:path';
import getChangesets from '@changesets/read';
import { describe, expect, it } from 'vitest';
import { listPublishedPackages, REPO_ROOT, readJson } from './workspace.mjs';

const config = readJson(join(REPO_ROOT, '.changeset', 'config.json'));
const published = new Set(listPublishedPackages().map((pkg) => pkg.name));

describe('changesets configuration', () => {
  it('versions every package independently: no fixed or linked groups', () => {
    expect(config.fixed).toEqual([]);
    expect(config.linked).toEqual([]);
  });

  it('publishes publicly from main and ignores no package', () => {
    expect(config.access).toBe('public');
    expect(config.baseBranch).toBe('main');
    expect(config.ignore).toEqual([]);
  });
});

describe('pending changesets', () => {
  it('parse and name only published workspace packages with a valid bump', async () => {
    const changesets = await getChangesets(REPO_ROOT);
    for (const changeset of changesets) {
      expect(changeset.summary.trim(), `summary of ${changeset.id}`).not.toBe('');
      expect(changeset.releases.length, `releases of ${changeset.id}`).toBeGreaterThan(0);
      for (const release of changeset.releases) {
        expect(published, `package of ${changeset.id}`).toContain(release.name);
        expect(['patch', 'minor', 'major'], `bump of ${changeset.id}`).toContain(release.type);
      }
    }
  });
});
