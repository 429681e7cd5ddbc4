/**
 * A progress bar for long runs (import of many files, a site of many documents), drawn on stderr only when it
 * is a terminal: pipes, logs and CI see the final summary line alone.
 */
import { SingleBar } from 'cli-progress';
import type { Streams } from './streams.js';

export interface Progress {
  /** One more item done; `label` names it (a file name). */
  tick(label?: string): void;
  stop(): void;
}

export function progress(total: number, label: string, stderr: Streams['stderr']): Progress {
  if (!stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {file}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    stream: stderr as unknown as NodeJS.WriteStream,
  });
  bar.start(total, 0, { file: '' });
  return {
    tick: (file = '') => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
