import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviatedForms } from './abbreviations';

describe('abbreviatedForms', () => {
  it.each([
    ['Commerce Department', ['Commerce Dept.', 'Commerce Dept']],
    ['US Department of Commerce', ['US Dept. of Commerce', 'US Dept of Commerce']],
    ['Department of the Treasury', ['Dept. of the Treasury', 'Dept of the Treasury']],
  ])('"%s" is also written %j', (alias, forms) => {
    expect(abbreviatedForms(alias)).toEqual(forms);
  });
  it.each(['Treasury', 'Departments of State', 'Departmental Review', 'Ministry of Commerce', 'Nvidia'])(
    '"%s" has no other form',
    (alias) => {
      expect(abbreviatedForms(alias)).toEqual([]);
    },
  );
  it('every form keeps the other words and drops "Department"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'Commerce', 'Treasury', 'the', 'of'),
        fc.constantFrom('Commerce', 'State', 'Labor', 'the Treasury'),
        (before, after) => {
          const alias = `${before} Department of ${after}`;
          for (const form of abbreviatedForms(alias)) {
            expect(form).not.toContain('Department');
            expect(form.startsWith(`${before} Dept`)).toBe(true);
            expect(form.endsWith(` of ${after}`)).toBe(true);
          }
          expect(abbreviatedForms(alias)).toHaveLength(2);
        },
      ),
    );
  });
});
