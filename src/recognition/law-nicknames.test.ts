import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedNicknameForms } from './law-nicknames';

describe('quotedNicknameForms', () => {
  it('closes the nickname with each quotation mark before the head noun', () => {
    expect(quotedNicknameForms('divest-or-ban law')).toEqual(['divest-or-ban" law', "divest-or-ban' law"]);
    expect(quotedNicknameForms('Affiliates Rule')).toContain('Affiliates" Rule');
    expect(quotedNicknameForms('TikTok ban law')).toContain("TikTok ban' law");
  });
  it.each(['PAFACA', 'Entity List', 'TikTok v. Garland', 'law'])('"%s" has no quoted form', (alias) => {
    expect(quotedNicknameForms(alias)).toEqual([]);
  });
  it('property: every form keeps the words in order and only adds one mark before the head noun', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('TikTok', 'divest-or-ban', 'AI', 'Diffusion', 'CHIPS'), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom('law', 'Act', 'Rule', 'bill'),
        (words, head) => {
          const alias = `${words.join(' ')} ${head}`;
          const forms = quotedNicknameForms(alias);
          expect(forms).toHaveLength(2);
          for (const form of forms) {
            expect(form.replace(/["'] /, ' ')).toBe(alias);
            expect(form.endsWith(` ${head}`)).toBe(true);
          }
        },
      ),
    );
  });
});
