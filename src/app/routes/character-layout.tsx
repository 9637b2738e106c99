import { useQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { characterQueries } from '@/api/characters';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

/** The frame of one character's pages: where you are, and its sections (details, narrative, knowledge, sessions, test chat, history). */
export function CharacterLayout() {
  const { characterId = '' } = useParams();
  const character = useQuery(characterQueries.detail(characterId));
  const tabs = [
    { label: 'Details', to: paths.characters.edit(characterId), end: true },
    { label: 'Narrative', to: paths.characters.narrative(characterId), end: true },
    { label: 'Knowledge', to: paths.characters.knowledge(characterId), end: true },
    { label: 'Sessions', to: paths.characters.sessions(characterId), end: false },
    { label: 'Test chat', to: paths.characters.chat(characterId), end: true },
    { label: 'History', to: paths.characters.history(characterId), end: true },
  ];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="shrink-0 border-b border-zinc-200 bg-surface px-4 pt-3 sm:px-6 lg:px-8">
        <nav aria-label="Breadcrumb" className="flex min-w-0 items-center gap-1 text-sm text-zinc-500">
          <Link to={paths.characters.list()} className="hover:text-zinc-800">
            Characters
          </Link>
          <ChevronRight aria-hidden className="size-4 shrink-0" />
          <span className="truncate font-medium text-zinc-800" data-page-context>
            {character.data?.character_name ?? '…'}
          </span>
        </nav>
        <nav aria-label="Character sections" className="-mb-px mt-2 flex gap-4">
          {tabs.map((tab) => (
            <NavLink
              key={tab.label}
              to={tab.to}
              end={tab.end}
              className={({ isActive }) =>
                cn(
                  'border-b-2 px-1 pb-2 text-sm font-medium',
                  isActive
                    ? 'border-brand-600 text-brand-700'
                    : 'border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800',
                )
              }
            >
              {tab.label}
            </NavLink>
          ))}
        </nav>
      </div>
      <Outlet />
    </div>
  );
}
