import { Search } from 'lucide-react';
import { forwardRef, type InputHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';
import { Input } from './input';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  /** Classes for the box around the field (its width, its margins). */
  boxClassName?: string;
};

/** A search field: the input with a magnifier inside it. */
export const SearchInput = forwardRef<HTMLInputElement, Props>(function SearchInput({ boxClassName, className, ...props }, ref) {
  return (
    <div className={cn('relative', boxClassName)}>
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-3 size-4 text-zinc-400" />
      <Input ref={ref} type="search" className={cn('pl-9', className)} {...props} />
    </div>
  );
});
