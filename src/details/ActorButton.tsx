/** An actor's name as a button that selects it. */
import type { IndexedDataset } from '../data/dataset.ts';
import { actorName } from '../data/visible.ts';
import { usePanelSelect } from './panel-select.ts';

export function ActorButton({ dataset, id }: { dataset: IndexedDataset; id: string }) {
  const select = usePanelSelect();
  if (!dataset.actorById.has(id)) return <>{id}</>;
  return (
    <button type="button" className="link-button" onClick={() => select({ kind: 'actor', id })}>
      {actorName(dataset, id)}
    </button>
  );
}
