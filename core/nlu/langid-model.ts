/**
 * A character n-gram multinomial naive Bayes model for telling languages of one script apart.
 * Training produces plain counts (small, diff-able JSON); loading turns them into log-probabilities.
 */

/** Which characters a model looks at; everything else becomes a word break. */
export type NgramAlphabet = 'letters' | 'han';

export interface NgramModelJSON {
  langs: string[];
  alphabet: NgramAlphabet;
  /** Smallest and largest n-gram length. */
  orders: [number, number];
  /** Whole words are features too (prefixed with `#`). */
  words: boolean;
  alpha: number;
  /** Feature occurrences per language, before pruning. */
  totals: number[];
  /** Feature → sparse counts `"<langIndex>:<count>,…"`. */
  features: Record<string, string>;
  /** Relative class prior per language; uniform when absent. */
  prior?: number[];
}

/** The bundled file: a model for Latin-script languages and one for Han-only text (zh vs ja). */
export interface LangIdModelFile {
  format: 1;
  source: string;
  latin: NgramModelJSON;
  han: NgramModelJSON;
}

export interface NgramModelOptions {
  alphabet: NgramAlphabet;
  orders: [number, number];
  words: boolean;
  alpha: number;
  /** Features seen fewer times than this over all languages are dropped. */
  minCount: number;
}

const NON_LETTER = /[^\p{L}\p{M}]+/gu;
const NON_HAN = /[^\p{Script=Han}]+/gu;

/** Lower-cased text with every run of other characters collapsed to one space, padded with spaces. */
export function normalizeForNgrams(text: string, alphabet: NgramAlphabet): string {
  const keep = alphabet === 'han' ? NON_HAN : NON_LETTER;
  const body = text.normalize('NFC').toLowerCase().replace(keep, ' ').trim();
  return body === '' ? '' : ` ${body} `;
}

/** The features of a text, with repeats (the model is multinomial). */
export function ngramFeatures(text: string, o: Pick<NgramModelOptions, 'alphabet' | 'orders' | 'words'>): string[] {
  const s = normalizeForNgrams(text, o.alphabet);
  if (s === '') return [];
  const out: string[] = [];
  for (let n = o.orders[0]; n <= o.orders[1]; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      const g = s.slice(i, i + n);
      if (g !== ' ') out.push(g);
    }
  }
  if (o.words) for (const w of s.trim().split(' ')) out.push(`#${w}`);
  return out;
}

/** Counts features per language and prunes rare ones. `samples` maps a language to its texts. */
export function trainNgramModel(samples: Map<string, Iterable<string>>, o: NgramModelOptions): NgramModelJSON {
  const langs = [...samples.keys()];
  const counts = new Map<string, number[]>();
  const totals = langs.map(() => 0);
  langs.forEach((lang, li) => {
    for (const text of samples.get(lang) ?? []) {
      for (const f of ngramFeatures(text, o)) {
        let row = counts.get(f);
        if (!row) counts.set(f, (row = langs.map(() => 0)));
        row[li] = (row[li] ?? 0) + 1;
        totals[li] = (totals[li] ?? 0) + 1;
      }
    }
  });
  const features: Record<string, string> = {};
  for (const [f, row] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (row.reduce((a, b) => a + b, 0) < o.minCount) continue;
    features[f] = row.flatMap((c, li) => (c > 0 ? [`${li}:${c}`] : [])).join(',');
  }
  const { alphabet, orders, words, alpha } = o;
  return { langs, alphabet, orders, words, alpha, totals, features };
}

/** Per-language log-likelihoods of a text; higher is likelier. */
export interface NgramScores {
  langs: readonly string[];
  logLikelihood: number[];
  /** How many of the text's features the model knew. */
  known: number;
}

/** A loaded model: log-probabilities per feature in one flat array, ready to score. */
export class NgramModel {
  readonly langs: readonly string[];
  /** Log class prior per language (0 everywhere when the model has no prior). */
  readonly logPrior: readonly number[];
  private readonly index = new Map<string, number>();
  private readonly logp: Float64Array;
  private readonly opts: Pick<NgramModelOptions, 'alphabet' | 'orders' | 'words'>;

  constructor(json: NgramModelJSON) {
    this.langs = json.langs;
    this.opts = { alphabet: json.alphabet, orders: json.orders, words: json.words };
    const k = json.langs.length;
    const prior = json.prior ?? json.langs.map(() => 1);
    const priorSum = prior.reduce((a, b) => a + b, 0);
    this.logPrior = prior.map((p) => Math.log(p / priorSum) - Math.log(1 / k));
    const entries = Object.entries(json.features);
    const denom = json.totals.map((t) => Math.log(t + json.alpha * entries.length));
    const unseen = denom.map((d) => Math.log(json.alpha) - d);
    this.logp = new Float64Array(entries.length * k);
    entries.forEach(([f, sparse], fi) => {
      this.index.set(f, fi * k);
      for (let li = 0; li < k; li++) this.logp[fi * k + li] = unseen[li] ?? 0;
      for (const cell of sparse.split(',')) {
        const colon = cell.indexOf(':');
        const li = Number(cell.slice(0, colon));
        this.logp[fi * k + li] = Math.log(Number(cell.slice(colon + 1)) + json.alpha) - (denom[li] ?? 0);
      }
    });
  }

  /** Scores `text` for every language; `only` restricts to some of them (others get -Infinity). */
  score(text: string, only?: ReadonlySet<string>): NgramScores {
    const k = this.langs.length;
    const ll = this.langs.map((l) => (only && !only.has(l) ? -Infinity : 0));
    let known = 0;
    for (const f of ngramFeatures(text, this.opts)) {
      const at = this.index.get(f);
      if (at === undefined) continue;
      known++;
      for (let i = 0; i < k; i++) ll[i] = (ll[i] ?? 0) + (this.logp[at + i] ?? 0);
    }
    return { langs: this.langs, logLikelihood: ll, known };
  }
}
