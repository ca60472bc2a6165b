/**
 * The entries' quotes, which the first view does not show (data/dataset.ts): asked for once the
 * map is drawn and the browser is idle, with the parts that wait for the map; at once by a part
 * that shows them (the details, the table, the Sources view, the downloads, a passage in context),
 * which loads with them: `withCitations`. Once in, the store holds the dataset with its quotes
 * (`citedDataset`), which such a part reads.
 */
import { fetchCitedDataset } from '../data/dataset.ts';
import { lazyPart } from '../ui/lazy-part.ts';
import { useAppStore } from './store.ts';

const citations = lazyPart(() =>
  fetchCitedDataset().then((dataset) => {
    useAppStore.getState().setCitedDataset(dataset);
    return dataset;
  }),
);

/** A part's code that counts as loaded only with the quotes (a failure of either is its failure). */
export function withCitations<T>(importer: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([importer(), citations.load()]).then(([module]) => module);
}
