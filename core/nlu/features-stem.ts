/**
 * Word stems from natural's Snowball-style stemmers, for the languages natural has one for.
 * Imported by submodule path: natural's package root loads database drivers and dotenv.
 */
import { createRequire } from 'node:module';
import { languageOf } from './tokenize.js';

interface Stemmer {
  stem(token: string): string;
}

const require = createRequire(import.meta.url);
const STEMMER_PATHS: Record<string, string> = {
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
  de: 'natural/lib/natural/stemmers/porter_stemmer_de.js',
  es: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
  fr: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  it: 'natural/lib/natural/stemmers/porter_stemmer_it.js',
  pt: 'natural/lib/natural/stemmers/porter_stemmer_pt.js',
  ru: 'natural/lib/natural/stemmers/porter_stemmer_ru.js',
  id: 'natural/lib/natural/stemmers/indonesian/stemmer_id.js',
};
const loaded = new Map<string, Stemmer | null>();

/** The stemmer of `locale`'s language, or `null` when natural has none. */
export function stemmerFor(locale: string): Stemmer | null {
  const lang = languageOf(locale);
  let stemmer = loaded.get(lang);
  if (stemmer === undefined) {
    const path = STEMMER_PATHS[lang];
    stemmer = path ? (require(path) as Stemmer) : null;
    loaded.set(lang, stemmer);
  }
  return stemmer;
}
