import { UserPlus } from 'lucide-react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { BackstoryGenerator } from './components/backstory-generator';

/** Drafting a new character: generate backstories, then start a character with the one you like. */
export function BackstoryPage() {
  const navigate = useNavigate();
  return (
    <div className="min-h-0 flex-1 overflow-y-auto px-4 py-6 sm:px-6 lg:px-8">
      <div className="max-w-4xl">
        <h1 className="text-2xl font-semibold tracking-tight">Backstory generator</h1>
        <p className="mt-1 text-sm text-zinc-500">
          Describe a character in a few words and watch a backstory write itself. Keep the take you like and start a character with it.
        </p>
        <BackstoryGenerator
          className="mt-6"
          defaultName=""
          defaultDescription=""
          takeActions={(take) => (
            <Button
              size="sm"
              variant="primary"
              onClick={() =>
                void navigate(paths.characters.new(), { state: { draft: { name: take.input.charName, backstory: take.text } } })
              }
            >
              <UserPlus aria-hidden className="size-4" /> Create a character with this
            </Button>
          )}
        />
      </div>
    </div>
  );
}
