// Everything TypeScript recording needs, in one module that the runner loads (dynamically) only
// for a recorded run, so plain runs never load acorn.
export { instrument, RECORDER_PARAM, type Instrumented } from './instrument';
export { TypeScriptTimelineRecorder, describeValue } from './tsRecorder';
