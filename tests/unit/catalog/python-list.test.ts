import { describe, expect, it } from 'vitest';
import { parsePythonList } from '../../../lib/catalog/python-list.ts';

describe('parsePythonList', () => {
  it.each([
    ['[]', []],
    ["['drama', 'crime']", ['drama', 'crime']],
    ["['KR']", ['KR']],
    ['["it\'s", \'b\']', ["it's", 'b']],
    ["['it\\'s']", ["it's"]],
    ["[ 'a' ,'b' ]", ['a', 'b']],
  ])('parses %s', (text, expected) => {
    expect(parsePythonList(text)).toEqual(expected);
  });

  it.each(['', 'drama', "['drama'", "['drama',]", "['a' 'b']", "['a'] x", '[1, 2]', "['unterminated]", '{}'])('rejects %j', (text) => {
    expect(() => parsePythonList(text)).toThrow(/not a Python list of strings/);
  });
});
