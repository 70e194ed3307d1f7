/** A middleware: does its part, then calls `next()` at most once to run the rest. */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void>;

/**
 * Composes middleware into one. Calling `next()` twice in one middleware is a bug and rejects,
 * because the stages after it would run twice (two replies, two writes).
 */
export function compose<C>(stack: readonly Middleware<C>[]): Middleware<C> {
  return (ctx, last) => {
    let index = -1;
    const dispatch = async (i: number): Promise<void> => {
      if (i <= index) throw new Error('next() called more than once');
      index = i;
      if (i === stack.length) return last();
      const fn = stack[i];
      if (fn) await fn(ctx, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
