import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import type { ScanResult } from '../scan/scan-finding.js';
import { runBin, STACK_LINE, tokenShapedValue } from '../testing/run-bin.js';
import { tempTree } from '../testing/temp-tree.js';

/** Runs `scan` in a folder and parses its `--format json` output. */
function scanJson(cwd: string, ...paths: string[]): { status: number | null; result: ScanResult } {
  const run = runBin(['scan', ...paths, '--format', 'json'], { cwd });
  return { status: run.status, result: JSON.parse(run.stdout) as ScanResult };
}

const token = tokenShapedValue('a');
const otherToken = tokenShapedValue('b');

describe('JSON and YAML files are walked as documents: findings carry the JSON path', () => {
  it('reports a JSON value by path, line and column, and a key naming a secret', () => {
    const document = { name: 'fine', nested: { list: ['plain', token] }, password: 'hunter2' };
    const cwd = tempTree({ 'config.json': JSON.stringify(document, null, 2) });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(result.scanned).toBe(1);
    expect(result.findings).toEqual([
      {
        file: 'config.json',
        rule: 'value.github-token',
        target: 'value',
        path: 'nested.list[1]',
        line: 6,
        column: 8,
        preview: 'ghp_… (40 chars)',
      },
      {
        file: 'config.json',
        rule: 'key.password',
        target: 'key',
        path: 'password',
        line: 9,
        column: 3,
        preview: '… (7 chars)',
      },
    ]);
  });

  it('points at the credential inside a value, where the source spells it out', () => {
    const cwd = tempTree({
      'prose.json': `{\n  "note": "see ${token} here",\n  "escaped": "x \\u0067${token.slice(1)}"\n}\n`,
      'prose.yaml': `note: 'old key ${token}'\nblock: |\n  line one\n  then ${otherToken}\n`,
    });
    const { result } = scanJson(cwd, '.');
    expect(
      result.findings.map(({ file, path, line, column }) => [file, path, line, column]),
    ).toEqual([
      ['prose.json', 'note', 2, 16],
      // An escape in the source: the value's start.
      ['prose.json', 'escaped', 3, 14],
      ['prose.yaml', 'note', 1, 16],
      ['prose.yaml', 'block', 4, 8],
    ]);
  });

  it('names a key that is itself a credential by a redacted path, at its line', () => {
    const cwd = tempTree({ 'keys.json': `{\n  "ok": 1,\n  "${token}": "value"\n}\n` });
    const { result } = scanJson(cwd, 'keys.json');
    expect(result.findings).toEqual([
      expect.objectContaining({
        path: '["<redacted key>"]',
        target: 'key',
        line: 3,
        column: 4,
        preview: 'ghp_… (40 chars)',
      }),
    ]);
  });

  it('reports YAML values in every document of a file, numbered', () => {
    const yaml = `service:\n  note: ${token}\n  api_key: abc\n---\nitems:\n  - plain\n  - "${otherToken}"\n`;
    const cwd = tempTree({ 'deploy.yml': yaml });
    const { status, result } = scanJson(cwd, 'deploy.yml');
    expect(status).toBe(1);
    expect(
      result.findings.map(({ path, document, line, column, rule }) => [
        path,
        document,
        line,
        column,
        rule,
      ]),
    ).toEqual([
      ['service.note', 1, 2, 9, 'value.github-token'],
      ['service.api_key', 1, 3, 3, 'key.api-key'],
      ['items[1]', 2, 7, 6, 'value.github-token'],
    ]);
  });

  it('follows YAML aliases, reporting each use at the anchored value', () => {
    const cwd = tempTree({
      'anchors.yaml': `base: &shared ${token}\nplain: text\ncopy: *shared\n`,
    });
    const { result } = scanJson(cwd, '.');
    expect(result.findings.map((finding) => [finding.path, finding.line])).toEqual([
      ['base', 1],
      ['copy', 1],
    ]);
  });

  it('also reports what the document value leaves out: YAML comments, values under a key that is a credential', () => {
    const cwd = tempTree({
      'commented.yaml': `a: 1 # ${token}\n# ${otherToken}\nb: plain\n`,
      'keyed.json': `{"note ${token}": {"inner": "${otherToken}"}}`,
    });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(
      result.findings.map(({ file, line, column, path }) => [file, line, column, path]),
    ).toEqual([
      ['commented.yaml', 1, 8, undefined],
      ['commented.yaml', 2, 3, undefined],
      ['keyed.json', 1, 3, '["<redacted key>"]'],
      ['keyed.json', 1, 62, undefined],
    ]);
  });

  it('scans YAML with a collection as a key as text: once, at its line, and quietly', () => {
    const cwd = tempTree({ 'complex.yaml': `plain: 1\n? [a, b]\n: ${token}\n` });
    const run = runBin(['scan', '.', '--format', 'json'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.findings.map(({ line, column, path }) => [line, column, path])).toEqual([
      [3, 3, undefined],
    ]);
  });

  it('scans a file that does not parse as its kind as text, so nothing hides in it', () => {
    const cwd = tempTree({
      'broken.json': `{"a": "${token}",}`,
      'duplicate.json': `{"a": "${token}", "a": "plain"}`,
      'duplicate.yaml': `b: 1\na: ${token}\n"a": plain\n`,
    });
    const { result } = scanJson(cwd, '.');
    expect(result.findings).toEqual([
      {
        file: 'broken.json',
        rule: 'value.github-token',
        target: 'value',
        line: 1,
        column: 8,
        preview: 'ghp_… (40 chars)',
      },
      {
        file: 'duplicate.json',
        rule: 'value.github-token',
        target: 'value',
        line: 1,
        column: 8,
        preview: 'ghp_… (40 chars)',
      },
      {
        file: 'duplicate.yaml',
        rule: 'value.github-token',
        target: 'value',
        line: 2,
        column: 4,
        preview: 'ghp_… (40 chars)',
      },
    ]);
  });
});

describe('other files are scanned as text: findings carry line and column', () => {
  it('reports the line and UTF-16 column where the credential starts', () => {
    const cwd = tempTree({
      'notes.md': `# Notes\n\nThe café key: ${token} (old)\r\nnext ${otherToken}\n`,
    });
    const { status, result } = scanJson(cwd, 'notes.md');
    expect(status).toBe(1);
    expect(result.findings.map(({ line, column, path }) => [line, column, path])).toEqual([
      [3, 15, undefined],
      [4, 6, undefined],
    ]);
  });

  it('prints file:line:column lines and a count in the text format', () => {
    const cwd = tempTree({
      'docs/guide.md': `intro\nuse ${token} here\n`,
      'clean.md': 'nothing here\n',
    });
    const run = runBin(['scan', '.'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        'docs/guide.md:2:5  sensitive value (value.github-token): ghp_… (40 chars)',
        '1 finding in 1 file (2 files scanned, 0 skipped)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
  });
});

describe('text in other encodings is scanned, not passed over', () => {
  it('decodes UTF-16 with a byte-order mark, little and big endian, and reports UTF-16 columns', () => {
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
    const cwd = tempTree({
      'notes.txt': Buffer.from(`\ufeffcafé\r\nß ${token}\n`, 'utf16le'),
      'config.json': utf16be(`\ufeff{\n  "a": "${token}"\n}\n`),
      'no-bom.txt': Buffer.from(`x ${token}\n`, 'utf16le'),
    });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(
      result.findings.map(({ file, line, column, path }) => [file, line, column, path]),
    ).toEqual([
      ['config.json', 2, 9, 'a'],
      ['notes.txt', 2, 3, undefined],
    ]);
    // Without a byte-order mark, UTF-16 is indistinguishable from binary data, as for git.
    expect(result.skipped).toEqual([{ file: 'no-bom.txt', reason: 'binary' }]);
  });
});

describe('folders are walked as git would see them', () => {
  it('honours .gitignore files at every level, with negation in a nested one', () => {
    const cwd = tempTree({
      '.gitignore': 'secrets/\n*.log\n',
      'secrets/a.txt': token,
      'app.log': token,
      'sub/.gitignore': '!keep.log\nlocal.txt\n',
      'sub/keep.log': token,
      'sub/local.txt': token,
      'sub/deeper/local.txt': token,
      'sub/scanned.txt': 'clean',
      '.git/config': token,
    });
    const { result } = scanJson(cwd, '.');
    expect(result.findings.map((finding) => finding.file)).toEqual(['sub/keep.log']);
    expect(result.scanned).toBe(4); // .gitignore, sub/.gitignore, sub/keep.log, sub/scanned.txt
  });

  it('applies the enclosing repository’s .gitignore to a folder scanned inside it', () => {
    const cwd = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'dist\n',
      'pkg/dist/bundle.js': token,
      'pkg/src/index.ts': 'export {};\n',
    });
    const { status, result } = scanJson(join(cwd, 'pkg'), '.');
    expect(status).toBe(0);
    expect(result.scanned).toBe(1);
  });

  it('scans a folder named on the command line even when git ignores it, under its own rules', () => {
    const cwd = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'dist/\n*.log\n',
      'dist/app.js': token,
      'dist/build.log': token,
      'dist/cache/.gitignore': '*\n',
      'dist/cache/entry.js': token,
    });
    expect(scanJson(cwd, '.').status).toBe(0);
    const { status, result } = scanJson(cwd, 'dist');
    expect(status).toBe(1);
    expect(result.findings.map((finding) => finding.file)).toEqual([
      'dist/app.js',
      'dist/build.log',
    ]);
  });

  it('scans a file named on the command line even when it is ignored', () => {
    const cwd = tempTree({ '.gitignore': '*.env\n', 'local.env': `TOKEN_VALUE=${token}\n` });
    expect(scanJson(cwd, '.').status).toBe(0);
    expect(scanJson(cwd, 'local.env').result.findings).toHaveLength(1);
  });

  it('does not follow symbolic links inside a folder', () => {
    const outside = tempTree({ 'secret.txt': token });
    const cwd = tempTree({ 'ok.txt': 'clean' });
    symlinkSync(join(outside, 'secret.txt'), join(cwd, 'link.txt'));
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(0);
    expect(result.skipped).toEqual([{ file: 'link.txt', reason: 'symlink' }]);
  });
});

describe('a hostile tree cannot hang the scan or hide a file from it', () => {
  it('reads no .gitignore that is a FIFO, a link to /dev/zero or a huge sparse file', () => {
    const fifo = tempTree({ 'a.txt': token });
    execFileSync('mkfifo', [join(fifo, '.gitignore')]);
    const zero = tempTree({ 'a.txt': token });
    symlinkSync('/dev/zero', join(zero, '.gitignore'));
    const sparse = tempTree({ 'a.txt': token, '.gitignore': '' });
    truncateSync(join(sparse, '.gitignore'), 4 * 1024 ** 3);
    for (const cwd of [fifo, zero, sparse]) {
      const { status, result } = scanJson(cwd, '.');
      expect(status).toBe(1);
      expect(result.findings.map((finding) => finding.file)).toEqual(['a.txt']);
    }
  });

  it('scans files and folders whose names are not UTF-8', () => {
    const cwd = tempTree({ 'ok.txt': 'clean' });
    const named = (...parts: (string | number)[]) =>
      Buffer.concat(
        parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : Buffer.from(part))),
      );
    writeFileSync(named(cwd, '/bad', 0xff, '.txt'), `x ${token}\n`);
    mkdirSync(named(cwd, '/dir', 0xfe));
    writeFileSync(named(cwd, '/dir', 0xfe, '/inner.txt'), `x ${otherToken}\n`);
    const { status, result } = scanJson(cwd, '.');
    expect(result.skipped).toEqual([]);
    expect(status).toBe(1);
    expect(result.findings.map(({ file, line }) => [file, line])).toEqual([
      ['bad\ufffd.txt', 1],
      ['dir\ufffd/inner.txt', 1],
    ]);
  });

  it('applies no .gitignore that would put more than 1000 patterns in force (each costs every path)', () => {
    const patterns = (count: number) =>
      Array.from({ length: count }, (_, at) => `pattern-${at}/**/x${at}.txt`).join('\n');
    const cwd = tempTree({
      '.gitignore': `${patterns(500)}\nkept-out.txt\n`,
      'kept-out.txt': token,
      'sub/.gitignore': `# comments and blank lines do not count\n\n${patterns(499)}\nsecret.txt\n`,
      'sub/secret.txt': token,
    });
    const { result } = scanJson(cwd, '.');
    expect(result.findings.map((finding) => finding.file)).toEqual(['sub/secret.txt']);
  });

  it('matches .gitignore patterns case-sensitively, as git does on Linux', () => {
    const cwd = tempTree({
      '.gitignore': '*.TXT\nBuild/\n*.md\n!*.MD\n',
      'notes.txt': token,
      'build/out.js': token,
      'doc.md': 'clean',
      'README.MD': 'clean',
    });
    const { result } = scanJson(cwd, '.');
    expect(result.findings.map((finding) => finding.file)).toEqual(['build/out.js', 'notes.txt']);
  });
});

describe('binary and oversize files are passed over, not read', () => {
  it('skips a file with a NUL byte and one over the size limit, and still exits 0', () => {
    const cwd = tempTree({
      'image.bin': Buffer.concat([Buffer.from([0x89, 0x00, 0x01]), Buffer.from(token)]),
      'huge.txt': `${token}\n${'x'.repeat(MAX_INPUT_BYTES)}`,
      'exact.txt': 'y'.repeat(MAX_INPUT_BYTES),
    });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(0);
    expect(result.scanned).toBe(1);
    expect(result.skipped).toEqual([
      { file: 'huge.txt', reason: 'too-large' },
      { file: 'image.bin', reason: 'binary' },
    ]);
    const text = runBin(['scan', '.'], { cwd }).stdout;
    expect(text).toContain('huge.txt  skipped: larger than the 1 MiB a file is read up to\n');
    expect(text).toContain('image.bin  skipped: binary file\n');
    expect(text).toContain('no sensitive material found (1 file scanned, 2 skipped)\n');
  });
});

describe('the output stays bounded, however much a tree holds', () => {
  it('lists at most 1000 findings and 1000 skipped files, and counts the rest', () => {
    const files: Record<string, string | Uint8Array> = {};
    for (let at = 0; at < 1050; at++) {
      files[`t/${String(at).padStart(4, '0')}.txt`] = `${token}\n`;
      files[`b/${String(at).padStart(4, '0')}.bin`] = Buffer.from([0]);
    }
    const cwd = tempTree(files);
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(result.scanned).toBe(1050);
    expect(result.findings).toHaveLength(1000);
    expect(result.skipped).toHaveLength(1000);
    expect(result.omitted).toEqual({ findings: 50, skipped: 50 });
    const text = runBin(['scan', '.'], { cwd }).stdout.split('\n');
    expect(text.length).toBe(2003);
    expect(text.slice(-3)).toEqual([
      '50 more findings and 50 more skipped files are not listed (at most 1000 of each are)',
      '1050 findings in 1050 files (1050 files scanned, 1050 skipped)',
      '',
    ]);
  });
});

describe('hostile documents cannot blow the parser up: they are scanned as text', () => {
  it('reads an alias bomb and a deeply nested file as text, still finding the credential', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'.split('').map((name, at) => {
        const previous = 'abcdefgh'[at] as string;
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
      }),
      `note: ${token}`,
    ].join('\n');
    const deep = `${'['.repeat(50_000)}"${token}"${']'.repeat(50_000)}`;
    const cwd = tempTree({ 'bomb.yaml': bomb, 'deep.json': deep });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(result.findings.map(({ file, line, path }) => [file, line, path])).toEqual([
      ['bomb.yaml', 9, undefined],
      ['deep.json', 1, undefined],
    ]);
  });

  it('reads a YAML file whose aliases would cost the parser too much as text', () => {
    const aliases = (count: number) =>
      Array.from({ length: count }, (_, at) => `a${at}: &x${at} v\nb${at}: *x${at}\n`).join('');
    const cwd = tempTree({
      'few.yaml': `${aliases(2000)}note: ${token}\n`,
      'many.yaml': `${aliases(2001)}note: ${token}\n`,
    });
    const { status, result } = scanJson(cwd, '.');
    expect(status).toBe(1);
    expect(result.findings.map(({ file, line, path }) => [file, line, path])).toEqual([
      ['few.yaml', 4001, 'note'],
      ['many.yaml', 4003, undefined],
    ]);
  });
});

describe('exit codes and errors', () => {
  it('exits 0 and says so when nothing is found', () => {
    const cwd = tempTree({ 'README.md': '# Hello\n', 'schema.json': '{"type": "object"}' });
    const run = runBin(['scan', '.'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('no sensitive material found (2 files scanned, 0 skipped)\n');
  });

  it('exits 2 with one line for a missing path, an unknown format and no path at all', () => {
    const cwd = tempTree({ 'a.txt': 'clean' });
    const missing = runBin(['scan', 'a.txt', 'nope'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe("cavra-contracts: cannot scan 'nope': no such file or folder\n");

    const format = runBin(['scan', '.', '--format', 'xml'], { cwd });
    expect(format.status).toBe(2);
    expect(format.stderr.split('\n')[0]).toBe(
      "cavra-contracts: unknown format 'xml'; formats: text, json, sarif",
    );

    const none = runBin(['scan'], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(
      /^cavra-contracts: missing required positional argument: PATH\.\.\.\n/,
    );
    for (const run of [missing, format, none]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('shows usage and examples with --help', () => {
    const run = runBin(['scan', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('cavra-contracts scan [OPTIONS] <PATH...>');
    expect(run.stdout).toContain('$ cavra-contracts scan . --format sarif > cavra-scan.sarif');
  });
});

describe('a finding never contains the secret, in any format', () => {
  it('keeps every credential out of stdout and stderr, including one in a file name', () => {
    const secrets = [token, otherToken, 'hunter2-correct-horse'];
    const cwd = tempTree({
      'a.json': JSON.stringify({ password: secrets[2], value: secrets[0] }),
      'b.yaml': `key: ${secrets[1]}\n`,
      'c.txt': `${secrets[0]} and ${secrets[1]}\n`,
      [`named-${secrets[1]}.txt`]: 'clean',
    });
    for (const format of ['text', 'json', 'sarif']) {
      const run = runBin(['scan', '.', `--format=${format}`], { cwd });
      expect(run.status).toBe(1);
      for (const secret of secrets) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
        // Not even the body after the 4-character prefix.
        expect(run.stdout).not.toContain(secret.slice(4, 20));
      }
    }
  });
});

describe('a file name or key cannot restyle or reorder the line that names it', () => {
  const name = 'notes\u202etxt.md\u200b\u001b[31m';
  /** Any control or format character other than the line feeds between lines. */
  const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}](?<!\n)/u;

  it('shows control, bidi and zero-width characters of a name as \\u escapes in text', () => {
    const cwd = tempTree({ [name]: `key: ${token}\n` });
    const run = runBin(['scan', '.'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(UNPRINTABLE);
    expect(run.stdout).toContain('notes\\u202etxt.md\\u200b\\u001b[31m:1:');
  });

  it('names the real file in JSON and as the SARIF URI, so a viewer can open it', () => {
    const cwd = tempTree({ [name]: `key: ${token}\n` });
    const json = runBin(['scan', '.', '--format', 'json'], { cwd });
    expect(json.stdout).not.toMatch(UNPRINTABLE);
    expect((JSON.parse(json.stdout) as ScanResult).findings[0]?.file).toBe(name);
    const sarif = JSON.parse(runBin(['scan', '.', '--format', 'sarif'], { cwd }).stdout) as Log;
    const uri =
      sarif.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri).toBe('notes%E2%80%AEtxt.md%E2%80%8B%1B%5B31m');
  });

  it('escapes the keys of a JSON path in text, and cuts a path longer than a line', () => {
    const cwd = tempTree({
      'keys.json': JSON.stringify({
        'esc\u001b[31m\u202e': { a: token },
        ['k'.repeat(100_000)]: token,
      }),
    });
    const run = runBin(['scan', '.'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(UNPRINTABLE);
    expect(run.stdout).toContain('at ["esc\\u001b[31m\\u202e"].a: ghp_… (40 chars)');
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(400);
    const json = JSON.parse(
      runBin(['scan', '.', '--format', 'json'], { cwd }).stdout,
    ) as ScanResult;
    expect(json.findings[1]?.path).toBe(`${'k'.repeat(200)}…`);
  });
});

describe('SARIF output is valid SARIF 2.1.0, as code-scanning upload takes it', () => {
  const require = createRequire(import.meta.url);
  const schemaFile = join(
    dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib/schemas/sarif-2.1.0-rtm.5.json',
  );
  // The schema's `language` pattern has a stray `]`, which only the non-unicode RegExp mode accepts.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

  it('validates against the official schema, with rules, results and notifications', () => {
    const cwd = tempTree({
      'config/app.json': JSON.stringify({ nested: { value: token } }, null, 2),
      'notes with space.md': `see ${otherToken}\n`,
      'blob.bin': Buffer.from([0, 1, 2]),
    });
    const run = runBin(['scan', '.', '--format', 'sarif'], { cwd });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);

    const [sarifRun] = log.runs;
    expect(log.version).toBe('2.1.0');
    expect(sarifRun?.tool.driver.name).toBe('cavra-contracts');
    expect(sarifRun?.tool.driver.rules).toEqual([
      expect.objectContaining({
        id: 'value.github-token',
        shortDescription: { text: 'A github token (source-host credential) in a value' },
      }),
    ]);
    expect(sarifRun?.results).toEqual([
      {
        ruleId: 'value.github-token',
        ruleIndex: 0,
        level: 'error',
        message: {
          text: 'sensitive value (value.github-token) at nested.value: ghp_… (40 chars)',
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'config/app.json' },
              region: { startLine: 3, startColumn: 15 },
            },
            logicalLocations: [{ fullyQualifiedName: 'nested.value', kind: 'value' }],
          },
        ],
      },
      {
        ruleId: 'value.github-token',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'sensitive value (value.github-token): ghp_… (40 chars)' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'notes%20with%20space.md' },
              region: { startLine: 1, startColumn: 5 },
            },
          },
        ],
      },
    ]);
    expect(sarifRun?.invocations?.[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: 'skipped: binary file' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'blob.bin' } } }],
      },
    ]);
  });

  it('stays valid with odd file names and with findings beyond those listed', () => {
    const files: Record<string, string> = { 'odd \u202e\u001b[31m#?%.md': `see ${token}\n` };
    for (let at = 0; at < 1001; at++) files[`many/${String(at).padStart(4, '0')}.txt`] = token;
    const cwd = tempTree(files);
    const log = JSON.parse(runBin(['scan', '.', '--format', 'sarif'], { cwd }).stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results).toHaveLength(1000);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text: '2 more findings and 0 more skipped files are not listed (at most 1000 of each are)',
        },
      },
    ]);
  });

  it('is a valid log with no results for a clean tree', () => {
    const cwd = tempTree({ 'a.md': 'clean\n' });
    const run = runBin(['scan', '.', '--format', 'sarif'], { cwd });
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('rejects what the schema forbids, so the check can fail', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });
});
