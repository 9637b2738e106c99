import { useCallback, type RefObject } from 'react';
import { useBeforeUnload, useBlocker, type BlockerFunction } from 'react-router';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';

/**
 * Asks before unsaved changes are lost: a dialog for navigation inside the app, the browser's own
 * prompt for a reload or a closed tab. `allowLeave` lets a save or a delete navigate away unasked.
 */
export function UnsavedChangesGuard({ dirty, allowLeave }: { dirty: boolean; allowLeave: RefObject<boolean> }) {
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) => dirty && !allowLeave.current && currentLocation.pathname !== nextLocation.pathname,
      [dirty, allowLeave],
    ),
  );

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!dirty || allowLeave.current) return;
        event.preventDefault();
        // Older browsers need returnValue set to show the prompt.
        event.returnValue = '';
      },
      [dirty, allowLeave],
    ),
  );

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => !open && blocker.reset?.()}
      title="Discard unsaved changes?"
      description="You have changes that are not saved. Leaving this page now loses them."
      cancel={<Button>Keep editing</Button>}
      confirm={
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Discard changes
        </Button>
      }
    />
  );
}
