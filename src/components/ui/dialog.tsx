import * as AlertDialogPrimitive from '@radix-ui/react-alert-dialog';
import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';

const overlay = 'fixed inset-0 z-40 bg-black/50 data-[state=open]:animate-in';
const panel =
  'fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-surface p-6 shadow-xl ring-1 ring-zinc-950/5 focus:outline-none';
const widePanel = panel.replace('max-w-md', 'max-w-3xl');

type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** For content that needs room (a diff). */
  wide?: boolean;
  children: ReactNode;
};

/** Escape in a search field that has text clears the text (the field's own doing) and leaves the dialog open. */
function keepOpenWhileClearingSearch(event: KeyboardEvent) {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') event.preventDefault();
}

/**
 * Gives focus back, on close, to what had it when the dialog opened (the button that opened it): Radix
 * does that only for its own Trigger, and these dialogs are opened by the page's buttons. When that
 * element has gone (its row deleted), Radix's default stands.
 */
function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const element = opener.current;
      opener.current = null;
      if (!element?.isConnected) return;
      event.preventDefault();
      element.focus();
    },
  };
}

/** A modal dialog (focus trapped, Escape closes, labelled by its title; Escape in a filled search field clears it first). */
export function Dialog({ open, onOpenChange, title, description, wide = false, children }: DialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlay} />
        <DialogPrimitive.Content className={wide ? widePanel : panel} onEscapeKeyDown={keepOpenWhileClearingSearch} {...returnFocus}>
          <DialogPrimitive.Title className="text-base font-semibold text-zinc-900">{title}</DialogPrimitive.Title>
          {description ? (
            <DialogPrimitive.Description className="mt-2 text-sm text-zinc-600">{description}</DialogPrimitive.Description>
          ) : (
            <DialogPrimitive.Description className="sr-only">{title}</DialogPrimitive.Description>
          )}
          <div className="mt-4">{children}</div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

type ConfirmProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** Extra content under the description: an error, say. */
  children?: ReactNode;
  cancel: ReactNode;
  confirm: ReactNode;
};

/** A confirmation that must be answered: the focus starts on Cancel, clicking outside does nothing. */
export function ConfirmDialog({ open, onOpenChange, title, description, children, cancel, confirm }: ConfirmProps) {
  const returnFocus = useReturnFocus();
  return (
    <AlertDialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay className={overlay} />
        <AlertDialogPrimitive.Content className={panel} {...returnFocus}>
          <AlertDialogPrimitive.Title className="text-base font-semibold text-zinc-900">{title}</AlertDialogPrimitive.Title>
          <AlertDialogPrimitive.Description className="mt-2 text-sm text-zinc-600">{description}</AlertDialogPrimitive.Description>
          {children}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialogPrimitive.Cancel asChild>{cancel}</AlertDialogPrimitive.Cancel>
            {confirm}
          </div>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}
