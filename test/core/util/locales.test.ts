import { describe, expect, it } from 'vitest';
import { LOCALES, matchLocale, nativeLanguageName } from '../../../core/util/locales.js';

describe('locales', () => {
  it('names every shipped locale in its own language, capitalized, for a language menu', () => {
    expect(nativeLanguageName('es')).toBe('Español');
    expect(nativeLanguageName('zh-CN')).toBe('简体中文');
    expect(nativeLanguageName('id')).toBe('Bahasa Indonesia');
    expect(nativeLanguageName('tr')).toBe('Türkçe');
    const names = LOCALES.map(nativeLanguageName);
    expect(new Set(names).size).toBe(LOCALES.length);
    for (const [i, name] of names.entries()) expect(name, LOCALES[i]).not.toBe(LOCALES[i]);
  });

  it('shows the code of a tag it cannot name', () => {
    expect(nativeLanguageName('not a tag!')).toBe('not a tag!');
  });

  it('matches platform tags to supported locales', () => {
    expect(matchLocale('zh_Hans', ['en', 'zh-CN'])).toBe('zh-CN');
    expect(matchLocale('pt-BR', ['en', 'pt'])).toBe('pt');
    expect(matchLocale('xx', ['en'])).toBeUndefined();
  });
});
