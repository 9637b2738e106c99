import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';

/** Something of the graph to delete: what the confirmation says, and how it is done. */
export type Deletion = { title: string; description: string; confirm: string; run: () => Promise<unknown> } | null;

/** Asks before deleting a section, a decision or a trigger; a refusal is shown, and the dialog stays. */
export function DeleteDialog({ deletion, onClose }: { deletion: Deletion; onClose: () => void }) {
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const close = () => {
    if (state.busy) return;
    setState({ busy: false, error: null });
    onClose();
  };
  return (
    <ConfirmDialog
      open={deletion !== null}
      onOpenChange={(open) => !open && close()}
      title={deletion?.title ?? ''}
      description={deletion?.description ?? ''}
      cancel={<Button disabled={state.busy}>Cancel</Button>}
      confirm={
        <Button
          variant="danger"
          disabled={state.busy}
          onClick={() => {
            if (!deletion) return;
            setState({ busy: true, error: null });
            deletion.run().then(
              () => {
                setState({ busy: false, error: null });
                onClose();
              },
              (error: unknown) => setState({ busy: false, error }),
            );
          }}
        >
          {state.busy ? 'Deleting…' : deletion?.confirm}
        </Button>
      }
    >
      {state.error !== null && <ErrorAlert className="mt-4" title="It was not deleted." error={state.error} />}
    </ConfirmDialog>
  );
}
