import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldError } from '@/components/ui/field';

type Props = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description: ReactNode;
  children: ReactNode;
};

/** The dialog around one of the graph's forms: closing it (Escape, outside) is cancelling. */
export function FormDialog({ open, onClose, title, description, children }: Props) {
  return (
    <Dialog open={open} onOpenChange={(isOpen) => !isOpen && onClose()} title={title} description={description}>
      {children}
    </Dialog>
  );
}

/** The end of a graph form: the form's own error (one no field is about), then Cancel and the submit button. */
export function FormFooter({
  error,
  busy,
  submitLabel,
  onCancel,
}: {
  error?: string;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <FieldError message={error} />
      <div className="flex justify-end gap-2 pt-2">
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </>
  );
}
