import { describe, expect, it } from 'vitest';
import { isValidMunicipalCode, municipalCodeCheckDigit } from '../../src/lib/municipal-code.ts';
import { municipalCode } from '../../src/schemas/primitives.ts';

// Real codes from 総務省's 全国地方公共団体コード list.
const real = {
  釜石市: '032115',
  相馬市: '072095',
  札幌市: '011002',
  千代田区: '131016',
};

describe('全国地方公共団体コード check digit', () => {
  it.each(Object.entries(real))('%s %s', (_name, code) => {
    expect(municipalCodeCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
    expect(isValidMunicipalCode(code)).toBe(true);
  });

  it('rejects every wrong check digit of a real code', () => {
    for (const code of Object.values(real)) {
      for (let d = 0; d <= 9; d++) {
        const candidate = code.slice(0, 5) + d;
        expect(isValidMunicipalCode(candidate)).toBe(candidate === code);
      }
    }
  });

  it('rejects codes that are not six digits', () => {
    for (const bad of ['03211', '0321150', '03211a', '']) expect(isValidMunicipalCode(bad)).toBe(false);
    expect(() => municipalCodeCheckDigit('0321')).toThrow(RangeError);
  });

  it('the schema explains an unquoted code that YAML read as a number', () => {
    const result = municipalCode.safeParse(32115);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('引用符');
  });
});
