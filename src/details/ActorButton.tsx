/** An actor's name as a button that selects it. */
import type { IndexedDataset } from '../data/dataset.ts';
import { actorName } from '../data/visible.ts';
import { SelectButton } from './SelectButton.tsx';

export function ActorButton({ dataset, id }: { dataset: IndexedDataset; id: string }) {
  if (!dataset.actorById.has(id)) return <>{id}</>;
  return <SelectButton selection={{ kind: 'actor', id }}>{actorName(dataset, id)}</SelectButton>;
}
