import { describe, expect, it } from 'vitest';
import { colourEnabled, createStyle, stripEscapes } from './style.js';

describe('colour only on a terminal without NO_COLOR', () => {
  it('colours a terminal when NO_COLOR is unset', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
  });

  it('does not colour a pipe or a file', () => {
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, {})).toBe(false);
  });

  it('does not colour when NO_COLOR is set, whatever its value', () => {
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
  });

  it('does not colour a dumb terminal', () => {
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('leaves text untouched when colour is off, and wraps it when on', () => {
    expect(createStyle(false).red('blocked')).toBe('blocked');
    const red = createStyle(true).red('blocked');
    expect(red).toBe('\u001b[31mblocked\u001b[39m');
    expect(stripEscapes(red)).toBe('blocked');
  });
});

describe('--color and --no-color decide over the terminal and NO_COLOR', () => {
  it('colours with --color even into a pipe or with NO_COLOR set', () => {
    expect(colourEnabled({ isTTY: false }, {}, 'always')).toBe(true);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' }, 'always')).toBe(true);
  });

  it('never colours with --no-color, even on a terminal', () => {
    expect(colourEnabled({ isTTY: true }, {}, 'never')).toBe(false);
  });

  it('falls back to the terminal and NO_COLOR without either flag', () => {
    expect(colourEnabled({ isTTY: true }, {}, 'auto')).toBe(true);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' }, 'auto')).toBe(false);
  });
});
