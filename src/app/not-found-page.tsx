import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-zinc-600">There is nothing at this address.</p>
      <Link to={paths.characters.list()} className={buttonClass('primary', 'md', 'mt-6')}>
        Go to characters
      </Link>
    </div>
  );
}
