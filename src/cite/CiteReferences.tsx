/**
 * The Cite dialog's contents: the view's reference in each format, each with a Copy button. A
 * chunk of its own (CiteButton.tsx asks for it), as the first view shows only the button.
 */
import { CITATION_FORMATS, type CiteInput } from './citation-formats.ts';
import { CopyableText } from './CopyableText.tsx';
import { formatDate } from '../data/time.ts';

export function CiteReferences({ input }: { input: CiteInput }) {
  return (
    <>
      <p className="cite-intro">
        The address in each reference opens this exact view. Data version {input.version} (
        {formatDate(input.versionDate)}).
      </p>
      {CITATION_FORMATS.map((f) => (
        <CopyableText key={f.id} label={f.name} text={f.format(input)} />
      ))}
    </>
  );
}
