import { useEffect, useRef } from 'react';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal <dialog>: focus moves into it, Escape cancels, and focus returns where it was when it closes. */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="aa-dialog" aria-labelledby="aa-dialog-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id="aa-dialog-title">{title}</h2>
      <p>{body}</p>
      <div className="aa-dialog-actions">
        <button type="button" className="aa-button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className="aa-button aa-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
