// Test-only builders of DER key material in base64, made at run time with node:crypto (real
// keys) or by hand (structures node:crypto does not make, such as a certificate), so no
// test file holds a key-shaped literal.
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** The base64 of a DER encoding. */
const base64 = (der: Uint8Array) => Buffer.from(der).toString('base64');

/** A freshly generated key pair of the given kind, as node:crypto names it. */
type Generated = ReturnType<typeof generateKeyPairSync>;

function pair(kind: string, options: object = {}): Generated {
  return (generateKeyPairSync as (kind: string, options: object) => Generated)(kind, options);
}

/** A private key and the public key of one pair, each as base64 DER. */
export interface DerPair {
  /** What the key is (`rsa-2048 pkcs1`), for test names. */
  readonly name: string;
  /** The private key, without PEM header and footer. */
  readonly privateKey: string;
  /** The public key (SubjectPublicKeyInfo), which is no secret. */
  readonly publicKey: string;
}

function derPair(name: string, generated: Generated, type: 'pkcs1' | 'pkcs8' | 'sec1'): DerPair {
  return {
    name: `${name} ${type}`,
    privateKey: base64(generated.privateKey.export({ format: 'der', type } as never) as Buffer),
    publicKey: base64(generated.publicKey.export({ format: 'der', type: 'spki' }) as Buffer),
  };
}

/**
 * Private keys of every kind a config may carry as bare base64 DER: RSA of 512 to 3072
 * bits in PKCS #1 and PKCS #8, RSA-PSS and DSA in PKCS #8, the NIST and secp256k1 curves in
 * SEC 1 and PKCS #8, and the Edwards and Montgomery curves of RFC 8410 in PKCS #8.
 *
 * @returns One pair per kind and encoding.
 */
export function derKeyPairs(): DerPair[] {
  const pairs: DerPair[] = [];
  for (const modulusLength of [512, 1024, 2048, 3072]) {
    const rsa = pair('rsa', { modulusLength });
    pairs.push(derPair(`rsa-${modulusLength}`, rsa, 'pkcs1'));
    pairs.push(derPair(`rsa-${modulusLength}`, rsa, 'pkcs8'));
  }
  pairs.push(derPair('rsa-pss-2048', pair('rsa-pss', { modulusLength: 2048 }), 'pkcs8'));
  pairs.push(
    derPair('dsa-2048', pair('dsa', { modulusLength: 2048, divisorLength: 256 }), 'pkcs8'),
  );
  for (const namedCurve of ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1']) {
    const ec = pair('ec', { namedCurve });
    pairs.push(derPair(namedCurve, ec, 'sec1'));
    pairs.push(derPair(namedCurve, ec, 'pkcs8'));
  }
  for (const kind of ['ed25519', 'x25519', 'ed448', 'x448']) {
    pairs.push(derPair(kind, pair(kind), 'pkcs8'));
  }
  return pairs;
}

/** The RSA public key alone (RFC 8017 RSAPublicKey), which is no secret either. */
export function rsaPublicKeyPkcs1(modulusLength: number): string {
  const { publicKey } = pair('rsa', { modulusLength });
  return base64(publicKey.export({ format: 'der', type: 'pkcs1' }) as Buffer);
}

/** A DER element: tag, definite length (short or long form) and contents. */
export function derElement(tag: number, contents: Uint8Array): Uint8Array {
  const { length } = contents;
  const lengthBytes =
    length < 0x80 ? [length] : length < 0x100 ? [0x81, length] : [0x82, length >> 8, length & 0xff];
  return Uint8Array.from([tag, ...lengthBytes, ...contents]);
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/**
 * A certificate's shape (RFC 5280): a SEQUENCE of a tbsCertificate SEQUENCE that starts with
 * its explicit version (v3) and a serial number, a signature algorithm and a signature,
 * with random bytes where a real certificate has names, a key and a signature.
 *
 * @param size About how many bytes of random contents the tbsCertificate holds.
 * @returns The base64 DER.
 */
export function certificateLike(size: number): string {
  const version = derElement(0xa0, derElement(0x02, Uint8Array.of(2)));
  const serial = derElement(0x02, Uint8Array.from([0x01, ...randomBytes(19)]));
  const tbs = derElement(0x30, concat(version, serial, randomBytes(size)));
  const algorithm = derElement(0x30, randomBytes(13));
  const signature = derElement(0x03, Uint8Array.from([0, ...randomBytes(256)]));
  return base64(derElement(0x30, concat(tbs, algorithm, signature)));
}

/**
 * A private key's outer shape with random contents: a SEQUENCE of INTEGER 0 and the
 * given element's tag and length bytes, then random bytes up to `length` bytes of
 * contents (the lengths inside are not checked by a scanner). `0x30 0x82 0x06 0xfe` puts
 * a `/` in the base64's fifth character, as in most 3072-bit RSA keys in PKCS #8.
 *
 * @param length The outer SEQUENCE's content length.
 * @param next The bytes after the version (`0x02 0x82` for an RSA modulus).
 * @returns The base64 DER.
 */
export function privateKeyShape(length: number, next: readonly number[]): string {
  const version = Uint8Array.of(0x02, 0x01, 0x00);
  const rest = randomBytes(length - version.length - next.length);
  return base64(derElement(0x30, concat(version, Uint8Array.from(next), rest)));
}

/** Random bytes in base64: data, not a key. */
export function randomBase64(bytes: number): string {
  return base64(randomBytes(bytes));
}
