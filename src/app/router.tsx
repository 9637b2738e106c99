import { createBrowserRouter, redirect } from 'react-router';
import { characterQueries } from '@/api/characters';
import { voiceQueries } from '@/api/voices';
import { paths, routePatterns } from '@/config/paths';
import { AppShell } from './app-shell';
import { queryClient } from './query-client';
import { RouteError } from './route-error';

// Loaders start the page's queries while its code downloads; pages render their own loading states,
// so a loader never waits.
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    // Shown for the first instant while the first page's code arrives.
    hydrateFallbackElement: <div className="h-full bg-zinc-50" />,
    children: [
      { index: true, loader: () => redirect(paths.characters.list()) },
      {
        path: routePatterns.characters,
        loader: () => {
          void queryClient.prefetchQuery(characterQueries.list());
          void queryClient.prefetchQuery(voiceQueries.voices());
          return null;
        },
        lazy: () => import('@/features/characters/characters-page').then((module) => ({ Component: module.CharactersPage })),
      },
      {
        path: routePatterns.newCharacter,
        loader: () => {
          void queryClient.prefetchQuery(voiceQueries.voices());
          void queryClient.prefetchQuery(voiceQueries.languages());
          return null;
        },
        lazy: () => import('./routes/character-editor').then((module) => ({ Component: module.NewCharacterRoute })),
      },
      {
        path: routePatterns.character,
        loader: ({ params }) => {
          void queryClient.prefetchQuery(characterQueries.detail(params.characterId ?? ''));
          return null;
        },
        lazy: () => import('./routes/character-layout').then((module) => ({ Component: module.CharacterLayout })),
        children: [
          {
            index: true,
            loader: () => {
              void queryClient.prefetchQuery(voiceQueries.voices());
              void queryClient.prefetchQuery(voiceQueries.languages());
              return null;
            },
            lazy: () => import('./routes/character-editor').then((module) => ({ Component: module.EditCharacterRoute })),
          },
          {
            path: routePatterns.narrative,
            lazy: () => import('@/features/narrative/narrative-page').then((module) => ({ Component: module.NarrativePage })),
          },
          {
            path: routePatterns.characterKnowledge,
            loader: ({ params }) => {
              // Imported here, not above: the knowledge API module is not part of the first page.
              void import('@/api/knowledge').then((module) =>
                queryClient.prefetchQuery(module.knowledgeQueries.list(params.characterId ?? '')),
              );
              return null;
            },
            lazy: () =>
              import('@/features/knowledge/character-knowledge-page').then((module) => ({ Component: module.CharacterKnowledgePage })),
          },
          {
            path: routePatterns.sessions,
            lazy: () => import('@/features/sessions/sessions-page').then((module) => ({ Component: module.SessionsPage })),
          },
          {
            path: routePatterns.sessionCompare,
            lazy: () => import('@/features/sessions/compare-sessions-page').then((module) => ({ Component: module.CompareSessionsPage })),
          },
          {
            path: routePatterns.session,
            lazy: () => import('./routes/transcript').then((module) => ({ Component: module.TranscriptRoute })),
          },
          {
            path: routePatterns.chat,
            lazy: () => import('./routes/test-chat').then((module) => ({ Component: module.TestChatRoute })),
          },
          {
            // No prefetch: the list is asked for each time the page opens (any change adds a version), so an
            // answer prefetched here would be asked for again when the page mounts.
            path: routePatterns.history,
            lazy: () => import('@/features/history/history-page').then((module) => ({ Component: module.HistoryPage })),
          },
        ],
      },
      {
        path: routePatterns.knowledge,
        loader: () => {
          void queryClient.prefetchQuery(characterQueries.list());
          return null;
        },
        lazy: () => import('@/features/knowledge/knowledge-bank-page').then((module) => ({ Component: module.KnowledgeBankPage })),
      },
      {
        path: routePatterns.backstory,
        lazy: () => import('@/features/backstory/backstory-page').then((module) => ({ Component: module.BackstoryPage })),
      },
      {
        path: routePatterns.trash,
        lazy: () => import('@/features/trash/trash-page').then((module) => ({ Component: module.TrashPage })),
      },
      {
        path: routePatterns.insights,
        lazy: () => import('@/features/insights/insights-page').then((module) => ({ Component: module.InsightsPage })),
      },
      {
        path: routePatterns.settings,
        lazy: () => import('@/features/settings/settings-page').then((module) => ({ Component: module.SettingsPage })),
      },
      {
        path: '*',
        lazy: () => import('./not-found-page').then((module) => ({ Component: module.NotFoundPage })),
      },
    ],
  },
]);
