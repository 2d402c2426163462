import { describe, expect, it } from 'vitest';
import { otherGovernmentAround } from './government-words';

const US = new Set(['us', 'u.s.', 'treasury', 'department']);
const around = (text: string, alias: string) => {
  const start = text.indexOf(alias);
  return otherGovernmentAround(text, start, start + alias.length, US);
};

describe('otherGovernmentAround', () => {
  it('a state word before, or "in" and another government after, is another body', () => {
    expect(around('the state Treasury said', 'Treasury')).toBe(true);
    expect(around('the provincial Treasury said', 'Treasury')).toBe(true);
    expect(around('the Treasury in Minnesota said', 'Treasury')).toBe(true);
    expect(around('the Treasury in South Carolina said', 'Treasury')).toBe(true);
    expect(around('the Treasury in the United Kingdom said', 'Treasury')).toBe(true);
    expect(around('the Treasury in Japan’s capital said', 'Treasury')).toBe(true);
  });
  it('the entity’s own country, Washington, a city or other words leave it alone', () => {
    expect(around('the Treasury in the U.S. said', 'Treasury')).toBe(false);
    expect(around('the Treasury in Washington said', 'Treasury')).toBe(false);
    expect(around('the Treasury in Geneva said', 'Treasury')).toBe(false);
    expect(around('the Treasury in a statement said', 'Treasury')).toBe(false);
    expect(around('the Treasury In Japan', 'Treasury')).toBe(false);
    expect(around('the United States Treasury said', 'Treasury')).toBe(false);
    expect(around('Treasury', 'Treasury')).toBe(false);
  });
});
