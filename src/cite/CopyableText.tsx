/**
 * A labelled, read-only text with a Copy button. If the browser refuses the clipboard (no
 * permission, an insecure origin), the text is selected so the reader can copy it by hand.
 * Only the text copied last says so: the clipboard holds no other.
 */
import { useId, useRef, useState } from 'react';
import { useAppStore } from '../state/store.ts';
import { focusInPlace } from '../ui/in-place.ts';

type Status = 'idle' | 'copied' | 'selected';

export function CopyableText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [ownStatus, setStatus] = useState<Status>('idle');
  const copiedLast = useAppStore((s) => s.lastCopied === id);
  const setLastCopied = useAppStore((s) => s.setLastCopied);
  const status = copiedLast ? ownStatus : 'idle';

  const copy = async () => {
    setLastCopied(id);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      focusInPlace(area.current);
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
