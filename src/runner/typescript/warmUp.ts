// Warms the engine up for the reader's first TypeScript run in a fresh worker.
import type { RunResult } from '../types';
import { runTypeScript } from './execute';
import WARM_UP_PROGRAM from './warmUpProgram.mts?raw';

/**
 * Runs a small program through every step of a run (transpile, compile, console formatting,
 * timers), its output discarded, so that the engine has compiled the runner's own code before the
 * reader's first run in this realm. A fresh worker otherwise spends 10–30 ms on a cold transpile;
 * the engine optimises sucrase further with each round (about 30, 6, then 3 ms, then 1 ms for the
 * reader's program). Rounds after the first stop early once `keepGoing` says a run is waiting.
 */
export async function warmUpTypeScript(keepGoing: () => boolean = () => true): Promise<RunResult> {
  let result = await warmUpRound();
  for (let round = 1; round < WARM_UP_ROUNDS && keepGoing(); round++) result = await warmUpRound();
  return result;
}

const WARM_UP_ROUNDS = 3;

function warmUpRound(): Promise<RunResult> {
  return runTypeScript(WARM_UP_PROGRAM, { onOutput: () => undefined }, { timeoutMs: 5_000 });
}
