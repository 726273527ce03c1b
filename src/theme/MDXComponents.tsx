import Exercise from '@site/src/components/Exercise';
import ExerciseHint from '@site/src/components/ExerciseHint';
import ExerciseProgress from '@site/src/components/ExerciseProgress';
import LiveCode from '@site/src/components/LiveCode';
import LiveExample from '@site/src/components/LiveExample';
import Term from '@site/src/components/Term';
import TryThisEdit from '@site/src/components/TryThisEdit';
import CodeBlock from '@theme/CodeBlock';
import MDXComponents from '@theme-original/MDXComponents';

// Components every page can use without importing them. <LiveCode> is what the remark plugin in
// src/remark/liveCode turns ```python live and ```ts live fences into; <CodeBlock> is what
// src/remark/staticCodeBlocks turns the other Python, TypeScript and text fences into;
// <TryThisEdit> is what src/remark/tryThis turns the edits of "Try this" tips into; <Exercise>
// and <ExerciseHint> are what src/remark/exercise makes of an exercise and its hints.
export default {
  ...MDXComponents,
  CodeBlock,
  Exercise,
  ExerciseHint,
  ExerciseProgress,
  LiveCode,
  LiveExample,
  Term,
  TryThisEdit,
};
