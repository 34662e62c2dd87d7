import { describe, expect, it } from 'vitest';
import sdl from '../../../api/schema.graphql?raw';
import { POSSIBLE_TYPES } from './possible-types';

describe('POSSIBLE_TYPES', () => {
  it.each(Object.keys(POSSIBLE_TYPES))('lists every type of the SDL that implements %s', (name) => {
    const implementers = [...sdl.matchAll(new RegExp(`^type (\\w+) implements [^{]*\\b${name}\\b`, 'gm'))]
      .map((m) => m[1])
      .sort();
    expect([...POSSIBLE_TYPES[name]].sort()).toEqual(implementers);
  });
});
