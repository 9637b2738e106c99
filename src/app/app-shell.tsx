import { Sparkles, Users } from 'lucide-react';
import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { Toaster } from 'sonner';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

const navigation = [
  { label: 'Characters', to: paths.characters.list(), icon: Users },
  { label: 'Backstory generator', to: paths.backstory(), icon: Sparkles },
];

/** The page frame: navigation beside (wide windows) or above (narrow ones) the routed page. */
export function AppShell() {
  const loading = useNavigation().state === 'loading';
  return (
    <div className="flex h-full flex-col lg:flex-row">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="flex shrink-0 items-center gap-6 border-b border-zinc-800 bg-zinc-900 px-4 py-3 text-zinc-100 lg:w-56 lg:flex-col lg:items-stretch lg:border-r lg:border-b-0 lg:px-3 lg:py-5">
        <a href={paths.home()} className="flex items-center gap-2 px-2 text-sm font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-6" />
          <span>Character Studio</span>
        </a>
        <nav aria-label="Main" className="flex gap-1 lg:flex-col">
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
      <main id="main" className="relative flex min-h-0 min-w-0 flex-1 flex-col">
        <div
          aria-hidden
          className={cn('absolute inset-x-0 top-0 z-10 h-0.5 bg-brand-600 transition-opacity', loading ? 'opacity-100' : 'opacity-0')}
        />
        <Outlet />
      </main>
      <ScrollRestoration />
      <Toaster position="bottom-right" richColors closeButton />
    </div>
  );
}
