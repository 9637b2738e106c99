import { lazy } from 'react';
import { TranscriptPage } from '@/features/sessions/transcript-page';

// The transcript page, with the narrative graph lent to it for a session's path, and the knowledge
// bank's document view for a reply's sources: features do not import each other, the app composes
// them here. Each loads only when asked for (the graph, and React Flow with it; the document view).
const SessionPathGraph = lazy(() =>
  import('@/features/narrative/components/session-path-graph').then((module) => ({ default: module.SessionPathGraph })),
);
const SourcePassageDialog = lazy(() =>
  import('@/features/knowledge/components/document-passages-dialog').then((module) => ({ default: module.SourcePassageDialog })),
);

export function TranscriptRoute() {
  return <TranscriptPage pathGraph={SessionPathGraph} sourceViewer={SourcePassageDialog} />;
}
