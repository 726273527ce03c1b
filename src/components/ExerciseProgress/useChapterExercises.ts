import { usePluginData } from '@docusaurus/useGlobalData';
import type { ExercisesGlobalData } from '@site/src/plugins/exercises';

const NONE: readonly string[] = [];

/** The exercise ids of a chapter (its docs path, e.g. "iterators"), from src/plugins/exercises. */
export function useChapterExercises(chapter: string): readonly string[] {
  const data = usePluginData('exercises') as ExercisesGlobalData | undefined;
  return data?.chapters[chapter] ?? NONE;
}
