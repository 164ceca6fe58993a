import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { bench, describe } from 'vitest';
import { freshDocuments } from '../../test/operating-documents.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';

// Figures only: `pnpm bench` prints them with the targets (tooling/bench/report.mjs). This
// comparison has a file of its own, so it runs in a fresh worker: the guard's other groups
// (guard.bench.ts) leave their own heap and compiled code behind, which secretlint in a user's
// process would not meet either. All three contenders still run side by side, on the same
// fresh documents.

const megabyte = freshDocuments(1e6, 4);
const secretlintConfig = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }],
};

describe('guard vs secretlint (recommended preset), 1 MB string-heavy JSON [target <= 0.5x]', () => {
  bench(
    `baseline: secretlint lintSource [${megabyte.bytes} bytes]`,
    async () => {
      await lintSource({
        source: {
          content: megabyte.next().text,
          filePath: 'document.json',
          ext: '.json',
          contentType: 'text',
        },
        options: { config: secretlintConfig, noPhysicFilePath: true },
      });
    },
    { time: 2000 },
  );
  // The same sampling time as the baseline, so that all three see the same machine load.
  bench(
    `locateSensitiveText over the same JSON text [${megabyte.bytes} bytes]`,
    () => {
      locateSensitiveText(megabyte.next().text);
    },
    { time: 2000 },
  );
  bench(
    `findSensitiveMaterial over the parsed document [${megabyte.bytes} bytes]`,
    () => {
      findSensitiveMaterial(megabyte.next().document);
    },
    { time: 2000 },
  );
});
