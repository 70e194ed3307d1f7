import { describe, expect, it } from 'vitest';
import { compose, type Middleware } from '../../../core/pipeline/compose.js';

describe('compose', () => {
  it('runs middleware in order, around next()', async () => {
    const log: string[] = [];
    const mw = (name: string): Middleware<string[]> => async (ctx, next) => {
      ctx.push(`${name}>`);
      await next();
      ctx.push(`<${name}`);
    };
    await compose([mw('a'), mw('b')])(log, () => Promise.resolve(void log.push('end')));
    expect(log).toEqual(['a>', 'b>', 'end', '<b', '<a']);
  });

  it('stops when a middleware does not call next()', async () => {
    const seen: string[] = [];
    await compose<string[]>([(ctx) => Promise.resolve(void ctx.push('a')), async (ctx, next) => { ctx.push('b'); await next(); }])(seen, () => Promise.resolve());
    expect(seen).toEqual(['a']);
  });

  it('rejects a second next() in one middleware', async () => {
    const twice: Middleware<object> = async (_ctx, next) => {
      await next();
      await next();
    };
    await expect(compose([twice])({}, () => Promise.resolve())).rejects.toThrow(/more than once/);
  });

  it('propagates errors to the caller', async () => {
    const boom: Middleware<object> = () => Promise.reject(new Error('boom'));
    await expect(compose([boom])({}, () => Promise.resolve())).rejects.toThrow('boom');
  });
});
