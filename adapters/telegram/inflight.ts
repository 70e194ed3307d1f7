/** Updates the adapter is handling in the background, so it can apply backpressure and finish them before stopping. */
export class Inflight {
  readonly #tasks = new Set<Promise<void>>();

  /** Starts `task`; a failure goes to `onError` (the update was already acknowledged to Telegram). */
  run(task: () => Promise<void>, onError: (err: unknown) => void): void {
    const p: Promise<void> = task()
      .catch(onError)
      .finally(() => this.#tasks.delete(p));
    this.#tasks.add(p);
  }

  get size(): number {
    return this.#tasks.size;
  }

  /** Resolves once fewer than `limit` tasks run. */
  async below(limit: number): Promise<void> {
    while (this.#tasks.size >= limit) await Promise.race(this.#tasks);
  }

  /** Resolves once every task started so far, and any they started, has finished. */
  async drain(): Promise<void> {
    while (this.#tasks.size > 0) await Promise.allSettled([...this.#tasks]);
  }
}
