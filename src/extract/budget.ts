/**
 * The work one document may cost, counted in steps (figures weighed against words, names and dates),
 * not in wall-clock time, so that the same document always passes or always fails on any machine.
 * The allowance grows with the text's length: a document costs in proportion to its size or is
 * refused as a whole with an issue, and the batch goes on.
 */

/** The allowance of one document: `base` steps, plus `perCharacter` for each character of its text. */
export interface WorkAllowance {
  base: number;
  perCharacter: number;
}

/** Real reports spend about one step per character, text built to be costly a few. */
export const DEFAULT_WORK_ALLOWANCE: WorkAllowance = { base: 2_000_000, perCharacter: 100 };

export class WorkBudgetExceeded extends Error {
  readonly spent: number;
  readonly limit: number;
  constructor(spent: number, limit: number) {
    super(`extraction work budget exceeded: ${spent} steps of ${limit}`);
    this.spent = spent;
    this.limit = limit;
  }
}

export class WorkBudget {
  readonly limit: number;
  #spent = 0;

  constructor(textLength: number, allowance: WorkAllowance = DEFAULT_WORK_ALLOWANCE) {
    this.limit = allowance.base + allowance.perCharacter * textLength;
  }

  get spent(): number {
    return this.#spent;
  }

  /** Counts `steps`; throws WorkBudgetExceeded once the document has spent more than its allowance. */
  spend(steps: number): void {
    this.#spent += steps;
    if (this.#spent > this.limit) throw new WorkBudgetExceeded(this.#spent, this.limit);
  }
}
