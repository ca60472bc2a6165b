/**
 * A labelled, read-only text with a Copy button. If the browser refuses the clipboard (no
 * permission, an insecure origin), the text is selected so the reader can copy it by hand.
 */
import { useId, useRef, useState } from 'react';

type Status = 'idle' | 'copied' | 'selected';

export function CopyableText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<Status>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      area.current?.focus();
      area.current?.select();
      setStatus('selected');
    }
  };

  return (
    <div className="copyable">
      <div className="copyable-head">
        <label htmlFor={id}>{label}</label>
        <button type="button" className="button" onClick={copy} aria-describedby={`${id}-status`}>
          Copy<span className="visually-hidden"> {label}</span>
        </button>
        <span id={`${id}-status`} className="copy-status" role="status">
          {status === 'copied' && 'Copied'}
          {status === 'selected' && 'Selected: press Ctrl+C (⌘C on a Mac) to copy'}
        </span>
      </div>
      <textarea
        id={id}
        ref={area}
        readOnly
        value={text}
        rows={Math.min(10, text.split('\n').length + Math.ceil(text.length / 60))}
        spellCheck={false}
      />
    </div>
  );
}
