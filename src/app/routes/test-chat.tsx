import { lazy } from 'react';
import { TestChatPage } from '@/features/sessions/test-chat-page';

// Test chat, with the knowledge bank's document view lent to it for a reply's sources: features do
// not import each other, the app composes them here. The view loads when a source is first opened.
const SourcePassageDialog = lazy(() =>
  import('@/features/knowledge/components/document-passages-dialog').then((module) => ({ default: module.SourcePassageDialog })),
);

export function TestChatRoute() {
  return <TestChatPage sourceViewer={SourcePassageDialog} />;
}
