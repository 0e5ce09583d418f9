/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1) for the ids HSDS 3.0 requires,
 * written in plain TypeScript so the module runs unchanged in browsers (no
 * `node:crypto`) and adds no dependency. SHA-1 is used here as RFC 9562 defines
 * version 5, to name things deterministically, not for security.
 *
 * @module
 */

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a UUID written the usual way (32 hex digits in groups of
 * 8-4-4-4-12, either case): what HSDS 3.0 `format: uuid` accepts.
 *
 * @example
 * ```ts
 * import { isUuid } from './uuid.js';
 *
 * isUuid('ac148810-d857-441c-9679-408f346de14b');
 * //=> true
 * isUuid('walk-and-talk');
 * //=> false
 * ```
 */
export function isUuid(value: string): boolean {
  return HEX.test(value);
}

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/**
 * The SHA-1 digest (FIPS 180-4) of some bytes: 20 bytes.
 *
 * @example
 * ```ts
 * import { sha1, utf8 } from './uuid.js';
 *
 * Array.from(sha1(utf8('abc')), (b) => b.toString(16).padStart(2, '0')).join('');
 * //=> 'a9993e364706816aba3e25717850c26c9cd0d89d'
 * ```
 */
export function sha1(bytes: Uint8Array): Uint8Array {
  const padded = new Uint8Array(paddedLength(bytes.length));
  padded.set(bytes);
  compress(padded, bytes.length);
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 5; i++) outView.setInt32(i * 4, DIGEST[i] as number);
  return out;
}

/** The length of a message of `length` bytes once SHA-1 has padded it: a whole number of 64-byte blocks. */
function paddedLength(length: number): number {
  return (((length + 8) >> 6) + 1) << 6;
}

/**
 * Pads the `length`-byte message at the start of `padded` (at least {@link paddedLength} long)
 * in place and leaves its digest in {@link DIGEST}, as five big-endian 32-bit words.
 */
function compress(padded: Uint8Array, length: number): void {
  const end = paddedLength(length);
  // The buffer may be reused: everything between the 0x80 and the length is zero.
  padded.fill(0, length, end);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer, padded.byteOffset, end);
  const bitLength = length * 8;
  view.setUint32(end - 8, Math.floor(bitLength / 0x1_0000_0000));
  view.setUint32(end - 4, bitLength >>> 0);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = SCHEDULE;
  for (let block = 0; block < end; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getInt32(block + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl((w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number), 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // The four rounds of twenty, each with its own function and constant (one loop choosing them per step was twice as slow).
    for (let t = 0; t < 20; t++) {
      const temp = (rotl(a, 5) + ((b & c) | (~b & d)) + e + 0x5a827999 + (w[t] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    for (let t = 20; t < 40; t++) {
      const temp = (rotl(a, 5) + (b ^ c ^ d) + e + 0x6ed9eba1 + (w[t] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    for (let t = 40; t < 60; t++) {
      const temp = (rotl(a, 5) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + (w[t] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    for (let t = 60; t < 80; t++) {
      const temp = (rotl(a, 5) + (b ^ c ^ d) + e + 0xca62c1d6 + (w[t] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  DIGEST[0] = h0;
  DIGEST[1] = h1;
  DIGEST[2] = h2;
  DIGEST[3] = h3;
  DIGEST[4] = h4;
}

/** The last digest {@link compress} computed (the functions here are synchronous and never re-entered). */
const DIGEST = /* @__PURE__ */ new Int32Array(5);

/** SHA-1's message schedule, reused by every call (the function is synchronous and never re-entered). */
const SCHEDULE = /* @__PURE__ */ new Int32Array(80);

/**
 * The UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, as `TextEncoder` does).
 *
 * @example
 * ```ts
 * import { utf8 } from './uuid.js';
 *
 * Array.from(utf8('a£€😀'));
 * //=> [0x61, 0xc2, 0xa3, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]
 * ```
 */
export function utf8(text: string): Uint8Array {
  return UTF8.encode(text);
}

/** The platform's UTF-8 encoder (Node and browsers): it writes a lone surrogate as U+FFFD too. */
const UTF8 = /* @__PURE__ */ new TextEncoder();

/**
 * A version 5 (name-based, SHA-1) UUID, as RFC 9562 section 5.5 defines it:
 * the same namespace and name always give the same UUID.
 *
 * @param name - The name, encoded as UTF-8.
 * @param namespace - A UUID naming the namespace.
 * @see RFC 9562, Universally Unique IDentifiers (UUIDs) (IETF, May 2024), sections 5.5 and 6.5, https://www.rfc-editor.org/rfc/rfc9562
 * @example
 * ```ts
 * import { uuidV5 } from './uuid.js';
 *
 * // The RFC 9562 appendix A.4 test vector: www.example.com in the DNS namespace.
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8');
 * //=> '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 * ```
 */
export function uuidV5(name: string, namespace: string): string {
  // The namespace's 16 bytes, then the name's UTF-8 (at most 3 bytes per UTF-16 unit), in one reused buffer.
  const capacity = paddedLength(16 + name.length * 3);
  if (message.length < capacity) message = new Uint8Array(capacity);
  message.set(namespaceBytes(namespace));
  const { written } = UTF8.encodeInto(name, message.subarray(16));
  compress(message, 16 + written);
  const words = UUID_WORDS;
  for (let i = 0; i < 4; i++) words.setInt32(i * 4, DIGEST[i] as number);
  const hash = UUID_BYTES;
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  let text = '';
  for (let i = 0; i < 16; i++) text += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + (HEX_BYTES[hash[i] as number] as string);
  return text;
}

/** uuidV5's working buffer: grown when a name needs more, never shrunk. */
let message = /* @__PURE__ */ new Uint8Array(256);
const UUID_BYTES = /* @__PURE__ */ new Uint8Array(16);
const UUID_WORDS = /* @__PURE__ */ new DataView(UUID_BYTES.buffer);

/** A namespace's 16 bytes, parsed again only when the namespace changes: consecutive ids share one (a feed's, or a service's for its parts). */
function namespaceBytes(namespace: string): Uint8Array {
  if (namespace !== lastNamespace) {
    const hex = namespace.replaceAll('-', '');
    for (let i = 0; i < 16; i++) NAMESPACE_BYTES[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    lastNamespace = namespace;
  }
  return NAMESPACE_BYTES;
}

let lastNamespace = '';
const NAMESPACE_BYTES = /* @__PURE__ */ new Uint8Array(16);

/** `'00'` to `'ff'`: the text of each byte, written once. */
const HEX_BYTES: readonly string[] = /* @__PURE__ */ Array.from({ length: 256 }, (_, byte) => (byte < 16 ? '0' : '') + byte.toString(16));
