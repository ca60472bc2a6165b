/** A dialog's title, which names it (`id` for its aria-labelledby), and its Close button (ui/dialog.css). */
export function DialogHead({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  return (
    <div className="dialog-head">
      <h2 id={id}>{title}</h2>
      <button type="button" className="button dialog-close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
