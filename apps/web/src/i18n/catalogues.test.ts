import { describe, expect, it } from 'vitest';
import { en, ko } from './catalogues';

/** Every key path of a catalogue ('errors.validation.TOO_LONG'), sorted. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node)
    .flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
    .sort();
}

describe('catalogues', () => {
  // `en: typeof ko` catches a key English lacks, but not one only English has.
  it('have the same keys in Korean and English', () => {
    expect(keys(en)).toEqual(keys(ko));
  });

  it.each([
    ['ko', ko],
    ['en', en],
  ])('%s has no empty sentence', (_, catalogue) => {
    const empty = keys(catalogue).filter((path) => {
      const value = path.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], catalogue);
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
