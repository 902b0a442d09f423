// The canonical form records are hashed and signed in: RFC 8785 (JCS), and the refusal of anything JSON
// cannot represent exactly, before it could be signed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical as cliCanonical } from '../../scripts/verify-record.mjs';
import { canonicalBytes, canonicalJson, RecordValueError } from '../../src/record/canonical';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A double from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
const fromBits = (bits: string) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
};

// The same vectors for both canonicalisers: the app's (the `canonicalize` package behind canonicalJson) and
// the command-line verifier's own, so the two verifiers hash and check exactly the same bytes.
describe.each([
  ['the app', canonicalJson, RecordValueError],
  ['the command-line verifier', cliCanonical, Error],
] as const)('RFC 8785 test vectors, in %s', (_name, serialise, Refusal) => {
  it('serialises primitives as §3.2.2 shows, sorted as §3.2.3 requires, in the UTF-8 of §3.2.4', () => {
    // RFC 8785 §3.2.2 input (numbers written as in the RFC).
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(serialise(JSON.parse(input))).toBe(expected);
    // RFC 8785 §3.2.4: the same result as UTF-8 bytes.
    const bytes = `
      7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
      75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
      5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
      65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
      5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
      30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`;
    expect(hex(new TextEncoder().encode(serialise(JSON.parse(input))))).toBe(bytes.replace(/\s+/g, ''));
  });

  it('sorts property names by UTF-16 code units (§3.2.3)', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(serialise(JSON.parse(input))).toBe(expected);
  });

  it('serialises the numbers of Appendix B', () => {
    const samples: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of samples) expect(serialise(fromBits(bits)), bits).toBe(expected);
    // The two Appendix B entries JSON cannot represent are refused.
    expect(() => serialise(fromBits('7fffffffffffffff'))).toThrow(Refusal);
    expect(() => serialise(fromBits('7ff0000000000000'))).toThrow(Refusal);
  });

  it('escapes control characters in lowercase hex and leaves other characters as they are', () => {
    expect(serialise({ a: '\u0000\u001f\u007f\u2028é😀' })).toBe('{"a":"\\u0000\\u001f\u007f\u2028é😀"}');
  });

  it('is stable: the canonical form of a parsed canonical form is itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = serialise(value);
        expect(serialise(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('does not depend on the order properties were added in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(serialise(reversed)).toBe(serialise(object));
      }),
    );
  });
});

describe('values JSON cannot represent', () => {
  const refused = (value: unknown, path: string, problem: RegExp) => {
    let error: unknown;
    try {
      canonicalBytes(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecordValueError);
    expect((error as RecordValueError).path).toBe(path);
    expect((error as Error).message).toMatch(problem);
    expect((error as Error).message).toContain(path);
  };

  it('refuses NaN and the infinities, naming where they are', () => {
    refused({ journey: { version: NaN } }, '$.journey.version', /NaN/);
    refused({ a: [1, Infinity] }, '$.a[1]', /Infinity/);
    refused(-Infinity, '$', /-Infinity/);
  });

  it('refuses lone surrogates in values and in field names', () => {
    refused({ rows: [{ answer: ['\uD800'] }] }, '$.rows[0].answer[0]', /unpaired surrogate \(U\+D800/);
    refused({ text: 'ok \uDC00 then' }, '$.text', /U\+DC00 at character 3/);
    refused({ text: 'ends \uD83D' }, '$.text', /unpaired surrogate/);
    refused({ 'bad \uD800 key': 1 }, '$', /field name/);
    // A surrogate pair is one character, and fine.
    expect(canonicalJson({ text: '\uD83D\uDE00' })).toBe('{"text":"😀"}');
  });

  it('refuses undefined, in arrays, as a property and on its own', () => {
    refused({ people: ['A', undefined] }, '$.people[1]', /undefined/);
    refused({ lateEntryReason: undefined }, '$.lateEntryReason', /undefined/);
    refused(undefined, '$', /undefined/);
    // eslint-disable-next-line no-sparse-arrays
    refused([1, , 3], '$[1]', /empty array slot/);
  });

  it('refuses anything but plain objects, arrays and primitives', () => {
    refused({ at: new Date(0) }, '$.at', /Date object/);
    refused({ m: new Map() }, '$.m', /Map object/);
    refused({ f: () => 1 }, '$.f', /function/);
    refused({ n: 10n }, '$.n', /BigInt/);
    refused({ s: Symbol('x') }, '$.s', /symbol/);
    class Row {
      step = 'a';
    }
    refused({ rows: [new Row()] }, '$.rows[0]', /Row object/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    refused(loop, '$.self', /contains itself/);
    refused({ 'a key': { 'x-y': NaN } }, '$["a key"]["x-y"]', /NaN/);
  });

  it('accepts objects without a prototype and the same object twice (not a loop)', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared, z: Object.assign(Object.create(null), { b: 2 }) })).toBe(
      '{"x":{"a":1},"y":{"a":1},"z":{"b":2}}',
    );
  });
});
