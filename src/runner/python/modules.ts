// The runner's own Python modules, as text: the bundler and Vitest load them with `?raw`.
import examplesDriver from './examples_driver.py?raw';
import examplesTimeline from './examples_timeline.py?raw';

/** Where the worker writes them in Pyodide's file system (outside its working directory and /tmp,
 * whose modules the driver forgets after each run); first on `sys.path`. */
export const RUNNER_MODULES_DIR = '/examples_runner';

/** Module name → source. The driver runs every program; the timeline recorder is imported on the
 * first recorded run. */
export const RUNNER_MODULES = {
  examples_driver: examplesDriver,
  examples_timeline: examplesTimeline,
} as const;
