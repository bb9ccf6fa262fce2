/**
 * 全国地方公共団体コード check digit (総務省): weights 6,5,4,3,2 over the first five digits,
 * r = sum mod 11, check = (11 − r) mod 10.
 */
export function municipalCodeCheckDigit(firstFive: string): number {
  if (!/^\d{5}$/.test(firstFive)) throw new RangeError(`expected five digits, got "${firstFive}"`);
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(firstFive[i]), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidMunicipalCode(code: string): boolean {
  return /^\d{6}$/.test(code) && municipalCodeCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
