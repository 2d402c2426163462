import { describe, expect, it } from 'vitest';
import { chineseScriptFor, descriptionFor, formattingLocale } from './reader-language';

describe('chineseScriptFor', () => {
  it('reads the mainland, Singapore and bare zh as Simplified', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'zh_CN', 'ZH-cn'])
      expect(chineseScriptFor(tag), tag).toBe('zh-Hans');
  });

  it('reads Taiwan, Hong Kong, Macau and any zh-Hant tag as Traditional', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh_TW'])
      expect(chineseScriptFor(tag), tag).toBe('zh-Hant');
  });

  it('gives nothing for other languages and malformed tags', () => {
    for (const tag of ['en', 'en-US', 'ja', 'ko-KR', 'yue', '', 'zh--', 'not a tag'])
      expect(chineseScriptFor(tag), tag).toBeUndefined();
  });
});

describe('formattingLocale', () => {
  it('keeps the UI language when the words are in that language and script', () => {
    expect(formattingLocale('en-GB', 'en')).toBe('en-GB');
    expect(formattingLocale('zh-CN', 'zh-CN')).toBe('zh-CN');
    expect(formattingLocale('zh-HK', 'zh-TW')).toBe('zh-HK');
    expect(formattingLocale('zh-SG', 'zh-CN')).toBe('zh-SG');
  });

  it('uses the words’ language when the UI language has no messages of its own', () => {
    expect(formattingLocale('fr-FR', 'en')).toBe('en');
    expect(formattingLocale('zh-CN', 'zh-TW')).toBe('zh-TW');
    expect(formattingLocale('ja', 'en')).toBe('en');
    expect(formattingLocale('', 'zh-TW')).toBe('zh-TW');
  });

  it('falls back to the UI language, then English, when the words’ tag is unreadable', () => {
    expect(formattingLocale('de-DE', '')).toBe('de-DE');
    expect(formattingLocale('', '')).toBe('en');
  });
});

describe('descriptionFor', () => {
  const translations = {
    'zh-Hans': { name: '英伟达', description: '美国AI芯片制造商。' },
    'zh-Hant': { name: '輝達', description: '美國AI晶片製造商。' },
    'zh-Hant-HK': { name: '英偉達', description: '美國AI晶片製造商（香港）。' },
  };

  it('gives Simplified to zh-CN, zh-SG and zh, Traditional to zh-TW and zh-MO', () => {
    const simplified = { lang: 'zh-Hans', name: '英伟达', text: '美国AI芯片制造商。' };
    const traditional = { lang: 'zh-Hant', name: '輝達', text: '美國AI晶片製造商。' };
    expect(descriptionFor(translations, 'zh-CN')).toEqual(simplified);
    expect(descriptionFor(translations, 'zh-SG')).toEqual(simplified);
    expect(descriptionFor(translations, 'zh')).toEqual(simplified);
    expect(descriptionFor(translations, 'zh-TW')).toEqual(traditional);
    expect(descriptionFor(translations, 'zh-MO')).toEqual(traditional);
  });

  it('prefers a regional translation to the script’s general one', () => {
    expect(descriptionFor(translations, 'zh-HK')).toEqual({
      lang: 'zh-Hant-HK',
      name: '英偉達',
      text: '美國AI晶片製造商（香港）。',
    });
  });

  it('gives nothing (English) to other languages, or when the reader’s script is not translated', () => {
    expect(descriptionFor(translations, 'en-US')).toBeUndefined();
    expect(descriptionFor(translations, 'ja-JP')).toBeUndefined();
    expect(descriptionFor(undefined, 'zh-CN')).toBeUndefined();
    expect(descriptionFor({ 'zh-Hans': { description: '简体' } }, 'zh-TW')).toBeUndefined();
    expect(descriptionFor({ 'zh-Hans': { description: '简体' } }, 'zh-CN')).toEqual({
      lang: 'zh-Hans',
      text: '简体',
    });
  });
});
