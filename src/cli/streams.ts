/** What a command writes to: the process's streams in the bin, string buffers in tests. */
export interface Streams {
  stdout: { write(text: string): unknown };
  /** `isTTY` decides whether a progress bar is drawn (never into a pipe or a log). */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes every subcommand keeps: 0 done, 1 the input is not a (valid) budget, 2 usage or I/O error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The worst of several exit codes (usage/I-O over invalid over ok). */
export const worst = (a: number, b: number): number => Math.max(a, b);
