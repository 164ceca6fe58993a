// @ts-check
import { gunzipSync } from 'node:zlib';

/**
 * One regular file of a tarball.
 *
 * @typedef {object} TarEntry
 * @property {string} path Path inside the archive, e.g. `package/dist/index.js`.
 * @property {Buffer} content The file's bytes.
 */

const BLOCK = 512;

/**
 * Reads a NUL-terminated ASCII field of a tar header.
 *
 * @param {Buffer} header The 512-byte header block.
 * @param {number} start First byte.
 * @param {number} length Field length.
 * @returns {string} The field's text.
 */
function field(header, start, length) {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/**
 * Reads the `path` record of a pax extended header, if any.
 *
 * @param {Buffer} body The extended header's content.
 * @returns {string | undefined} The long path.
 */
function paxPath(body) {
  for (const record of body.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Lists the regular files of a gzipped tarball, as `npm pack` and `pnpm pack` write them
 * (ustar, with pax or GNU long-name headers). Directories and other entry types are skipped.
 *
 * @param {Buffer} gzipped The `.tgz` bytes.
 * @returns {TarEntry[]} The files, in archive order.
 */
export function readTarEntries(gzipped) {
  const tar = gunzipSync(gzipped);
  /** @type {TarEntry[]} */
  const entries = [];
  /** @type {string | undefined} */
  let nextPath;
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const name = field(header, 0, 100);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = field(header, 345, 155);
    const bodyStart = offset + BLOCK;
    const body = tar.subarray(bodyStart, bodyStart + size);
    offset = bodyStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      nextPath = paxPath(body) ?? nextPath;
      continue;
    }
    if (type === 'L') {
      nextPath = field(body, 0, body.length);
      continue;
    }
    const path = nextPath ?? (prefix ? `${prefix}/${name}` : name);
    nextPath = undefined;
    if (type === '0' || type === '\0') entries.push({ path, content: Buffer.from(body) });
  }
  return entries;
}
