/**
 * The UUID v5 behind the HSDS ids: SHA-1 checked against node:crypto (in tests only: the
 * library itself must run in browsers), UUID v5 against RFC 9562's test vector, and the
 * library's namespace against its stated derivation.
 */
import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HSDS_ID_NAMESPACE } from '../../src/directory/index.js';
import { isUuid, sha1, utf8, uuidV5 } from '../../src/directory/uuid.js';

const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it('gives the FIPS 180-4 digests of the empty string and "abc", and of a message across the padding boundary', () => {
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  test.prop([fc.uint8Array({ maxLength: 300 })], { numRuns: 100 })('matches node:crypto', (bytes) => {
    expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
  });
});

describe('utf8', () => {
  it('encodes each length of UTF-8, and a lone surrogate as U+FFFD', () => {
    expect(Array.from(utf8('a\u00e9\u20ac\u{1f600}'))).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(Array.from(utf8('\ud800x\udfff'))).toEqual([0xef, 0xbf, 0xbd, 0x78, 0xef, 0xbf, 0xbd]);
    expect(Array.from(utf8('\u007f\u0080\u07ff\u0800\uffff\u{10000}'))).toEqual(Array.from(new TextEncoder().encode('\u007f\u0080\u07ff\u0800\uffff\u{10000}')));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 200 })('matches TextEncoder, lone surrogates included', (text) => {
    expect(Array.from(utf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });
});

describe('uuidV5', () => {
  it('gives the RFC 9562 appendix A.4 example', () => {
    expect(uuidV5('www.example.com', NAMESPACE_DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives the library namespace as documented', () => {
    expect(uuidV5('https://www.npmjs.com/package/social-prescribing#hsds', NAMESPACE_URL)).toBe(HSDS_ID_NAMESPACE);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })], { numRuns: 100 })('is a version 5, RFC variant UUID, the same for the same name', (name) => {
    const uuid = uuidV5(name, HSDS_ID_NAMESPACE);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUuid(uuid)).toBe(true);
    expect(uuidV5(name, HSDS_ID_NAMESPACE)).toBe(uuid);
    expect(uuidV5(`${name}x`, HSDS_ID_NAMESPACE)).not.toBe(uuid);
  });

  /** RFC 9562 section 5.5 computed with node:crypto: SHA-1 of the namespace's bytes then the name's UTF-8, version and variant set. */
  const reference = (name: string, namespace: string): string => {
    const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const text = hash.subarray(0, 16).toString('hex');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };

  test.prop([fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(NAMESPACE_DNS, NAMESPACE_URL, HSDS_ID_NAMESPACE)], { numRuns: 200 })(
    'matches RFC 9562 computed with node:crypto, for names of every length and lone surrogates',
    (name, namespace) => {
      expect(uuidV5(name, namespace)).toBe(reference(name, namespace));
    },
  );

  it('gives the same UUID for a short name after a long one and after another namespace (its buffers are reused)', () => {
    const short = uuidV5('walk-and-talk', HSDS_ID_NAMESPACE);
    uuidV5('x'.repeat(5_000), NAMESPACE_DNS);
    uuidV5('\u{1f600}'.repeat(300), NAMESPACE_URL);
    expect(uuidV5('walk-and-talk', HSDS_ID_NAMESPACE)).toBe(short);
    expect(short).toBe(reference('walk-and-talk', HSDS_ID_NAMESPACE));
  });

  it('isUuid accepts either case and nothing but 8-4-4-4-12 hex digits', () => {
    expect(isUuid('AC148810-D857-441C-9679-408F346DE14B')).toBe(true);
    expect(isUuid('urn:uuid:ac148810-d857-441c-9679-408f346de14b')).toBe(false);
    expect(isUuid('ac148810d857441c9679408f346de14b')).toBe(false);
    expect(isUuid('ac148810-d857-441c-9679-408f346de14g')).toBe(false);
    expect(isUuid(' ac148810-d857-441c-9679-408f346de14b')).toBe(false);
  });
});
