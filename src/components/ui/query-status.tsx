import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { ErrorAlert } from './alert';
import { Button } from './button';
import { Spinner } from './spinner';

/** What QueryStatus reads of a query (a TanStack Query result, or several combined). */
export type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };

type Props<T> = {
  query: QueryLike<T>;
  /** Said beside the spinner: "Loading sessions". */
  loading: string;
  /** Above the error's message: "The sessions could not be loaded." */
  errorTitle: string | ((error: unknown) => string);
  /** The spinner fills the space left, centred (a page's body), rather than sitting in the flow. */
  fill?: boolean;
  /** The error gets the page's padding (a body that has none of its own). */
  padded?: boolean;
  /** Whether trying again can help (not for a refusal that will stay one); yes unless said. */
  canRetry?: (error: unknown) => boolean;
  children: (data: T) => ReactNode;
};

/** A query's three states in one place: a spinner while it loads, its error with "Try again", else its data. */
export function QueryStatus<T>({ query, loading, errorTitle, fill = false, padded = false, canRetry, children }: Props<T>) {
  if (query.isPending) {
    return (
      <div className={cn(fill && 'flex flex-1 items-center justify-center py-16')}>
        <Spinner label={loading} />
      </div>
    );
  }
  if (query.isError || query.data === undefined) {
    return (
      <div className={cn(padded && 'px-4 py-6 sm:px-6 lg:px-8')}>
        <ErrorAlert
          title={typeof errorTitle === 'function' ? errorTitle(query.error) : errorTitle}
          error={query.error}
          action={
            canRetry?.(query.error) === false ? undefined : (
              <Button size="sm" onClick={() => void query.refetch()}>
                Try again
              </Button>
            )
          }
        />
      </div>
    );
  }
  return children(query.data);
}
