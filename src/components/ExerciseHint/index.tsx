import type { ReactNode } from 'react';

/** One hint of an exercise (`<Hint>` in the MDX); <Exercise> shows them one at a time. */
export default function ExerciseHint({ children }: { children?: ReactNode }): ReactNode {
  return <>{children}</>;
}
