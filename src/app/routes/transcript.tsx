import { lazy } from 'react';
import { TranscriptPage } from '@/features/sessions/transcript-page';

// The transcript page, with the narrative graph lent to it for a session's path: features do not
// import each other, the app composes them here. The graph (and React Flow with it) loads only when
// the path is asked for.
const SessionPathGraph = lazy(() =>
  import('@/features/narrative/components/session-path-graph').then((module) => ({ default: module.SessionPathGraph })),
);

export function TranscriptRoute() {
  return <TranscriptPage pathGraph={SessionPathGraph} />;
}
