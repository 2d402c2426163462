import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financeOfficeNear } from './finance-offices';

const US = new Set(['us', 'u.s.', 'treasury', 'department']);
const near = (text: string, alias = 'Treasury', own: ReadonlySet<string> = US) => {
  const start = text.lastIndexOf(alias);
  return financeOfficeNear(text, start, start + alias.length, own);
};

describe('financeOfficeNear', () => {
  it('a finance-office title in the sentence or the one before makes the Treasury that country’s', () => {
    expect(near('Chancellor Rachel Reeves said tariffs hurt. The Treasury expects less growth.')).toBe(true);
    expect(near('Treasurer Jim Chalmers spoke. Treasury modelling shows less growth.')).toBe(true);
    expect(near('The Chancellor of the Exchequer spoke. Then the Treasury published forecasts.')).toBe(true);
    expect(near('The Treasury said so, the Chancellor added.')).toBe(true);
    expect(near('UK Chancellor Rachel Reeves spoke. The Treasury agreed.')).toBe(true);
  });
  it('another office, a Secretary, a far title or another alias leave it alone', () => {
    expect(near('German Chancellor Friedrich Merz spoke. The Treasury said it would respond.')).toBe(false);
    expect(near('U.S. Treasurer Lynn Malerba spoke. The Treasury agreed.')).toBe(false);
    expect(near('The Chancellor of Germany spoke. The Treasury agreed.')).toBe(false);
    expect(near('Chancellor Reeves met Treasury Secretary Scott Bessent. The Treasury agreed.')).toBe(false);
    expect(near('Chancellor Reeves spoke. Markets rose. The Treasury agreed.')).toBe(false);
    expect(near('Chancellor Reeves spoke. The Commerce Department agreed.', 'Commerce Department')).toBe(
      false,
    );
    expect(near('Chancellor Reeves spoke. The Treasury agreed.', 'Treasury', new Set(['uk']))).toBe(false);
    expect(near('The Treasury agreed.')).toBe(false);
  });
  it('property: an unrelated sentence between the title and the Treasury unties them; none keeps it tied', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Chancellor Rachel Reeves', 'Treasurer Jim Chalmers', 'The Chancellor'),
        fc.constantFrom('spoke on Monday.', 'said tariffs would hurt growth.'),
        fc.constantFrom('The Treasury agreed.', 'Treasury officials agreed.', 'So did the Treasury.'),
        fc.constantFrom('Markets rose.', 'Rain fell in the north.'),
        (title, clause, later, between) => {
          expect(near(`${title} ${clause} ${later}`)).toBe(true);
          expect(near(`${title} ${clause} ${between} ${later}`)).toBe(false);
        },
      ),
    );
  });
});
