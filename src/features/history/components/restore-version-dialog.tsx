import type { VersionSummary } from '@contract/schemas/versions';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';

type Props = {
  version: VersionSummary | null;
  restoring: boolean;
  error: unknown;
  onConfirm: (version: VersionSummary) => void;
  onClose: () => void;
};

/** Asks before restoring a version, and says why it is safe to. */
export function RestoreVersionDialog({ version, restoring, error, onConfirm, onClose }: Props) {
  return (
    <ConfirmDialog
      open={version !== null}
      onOpenChange={(open) => !open && onClose()}
      title={version ? `Restore version ${version.number}?` : ''}
      description="The character becomes what it was then; this is recorded as a new version, nothing is lost."
      cancel={<Button disabled={restoring}>Cancel</Button>}
      confirm={
        <Button variant="primary" disabled={restoring} onClick={() => version && onConfirm(version)}>
          {restoring ? 'Restoring…' : `Restore version ${version?.number ?? ''}`}
        </Button>
      }
    >
      {error !== null && error !== undefined && <ErrorAlert className="mt-4" title="The version was not restored." error={error} />}
    </ConfirmDialog>
  );
}
