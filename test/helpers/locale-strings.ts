/** Locale JSON trees as flat `namespace.key` → text maps, for tests that compare locales' strings. */
export function flat(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (v && typeof v === 'object') for (const [kk, vv] of flat(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

/** The interpolation names a text uses, sorted ("{{total}} … {{code}}" → ["code", "total"]). */
export const placeholders = (s: string): (string | undefined)[] => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
