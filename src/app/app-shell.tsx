import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { statusQueries } from '@/api/status';
import { paths } from '@/config/paths';
import { useIsDark } from '@/hooks/use-is-dark';
import { cn } from '@/lib/cn';
import { navigation } from './navigation';

// Loaded after the first page: none is needed to show it.
const Toaster = lazy(() => import('sonner').then((module) => ({ default: module.Toaster })));
const SignInPage = lazy(() => import('@/features/settings/sign-in-page').then((module) => ({ default: module.SignInPage })));
// The keyboard shortcuts, the command palette and the focus moved to each new page.
const Keyboard = lazy(() => import('./keyboard').then((module) => ({ default: module.Keyboard })));

/** The page frame: navigation beside (wide windows) or above (narrow ones) the routed page. */
export function AppShell() {
  const loading = useNavigation().state === 'loading';
  const status = useQuery(statusQueries.status());
  const needsToken = status.data?.authenticated === false;
  const dark = useIsDark();
  // Toasts come after something was done, shortcuts after a first look: their code loads once the first page is idle.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const show = () => setIdle(true);
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(show, { timeout: 3_000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(show, 1_000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="flex h-full flex-col lg:flex-row">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="keep-palette flex shrink-0 flex-wrap items-center gap-x-6 gap-y-2 border-b border-zinc-800 bg-zinc-900 px-4 py-3 text-zinc-100 lg:w-60 lg:flex-col lg:items-stretch lg:border-r lg:border-b-0 lg:px-3 lg:py-5">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 px-2">
          <a href={paths.home()} className="flex items-center gap-2 text-sm font-semibold tracking-tight whitespace-nowrap">
            <img src="/favicon.svg" alt="" className="size-6" />
            <span>Character Studio</span>
          </a>
          <BackendBadge backend={status.data?.backend} />
        </div>
        <nav aria-label="Main" className="flex min-w-0 flex-wrap gap-1 lg:flex-col">
          {navigation.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) =>
                cn(
                  'flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm font-medium',
                  isActive ? 'bg-zinc-800 text-white' : 'text-zinc-400 hover:bg-zinc-800/60 hover:text-zinc-100',
                )
              }
            >
              <item.icon aria-hidden className="size-4" />
              {item.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="relative flex min-h-0 min-w-0 flex-1 flex-col focus:outline-none">
        <div
          aria-hidden
          className={cn('absolute inset-x-0 top-0 z-10 h-0.5 bg-brand-600 transition-opacity', loading ? 'opacity-100' : 'opacity-0')}
        />
        {needsToken ? (
          <Suspense fallback={null}>
            <SignInPage />
          </Suspense>
        ) : (
          <Outlet />
        )}
      </main>
      <ScrollRestoration />
      {idle && (
        <Suspense fallback={null}>
          {/* Bottom centre: at the right it covered the editor's Save button, so a second save had to close it first. */}
          <Toaster position="bottom-center" richColors closeButton theme={dark ? 'dark' : 'light'} />
          <Keyboard />
        </Suspense>
      )}
    </div>
  );
}

/** Which backend answers, always in sight: the local API, or Convai's hosted service. */
function BackendBadge({ backend }: { backend: 'local' | 'convai' | undefined }) {
  if (!backend) return null;
  return (
    <Link
      to={paths.settings()}
      title={backend === 'convai' ? "Connected to Convai's hosted service" : 'Working on the local Convai API'}
      data-testid="backend-badge"
      className={cn(
        'ml-auto rounded-full px-2 py-0.5 text-xs font-medium ring-1 lg:ml-8',
        backend === 'convai' ? 'bg-emerald-500/15 text-emerald-300 ring-emerald-400/30' : 'bg-zinc-700/60 text-zinc-200 ring-zinc-500/40',
      )}
    >
      {backend === 'convai' ? 'Convai' : 'Local'}
    </Link>
  );
}
