/**
 * The dataset's closed vocabularies as plain arrays. schema.ts builds its zod enums from these;
 * app code imports them from here so the browser bundle never pulls in zod.
 */
export const LAYER_IDS = ['arms', 'energy', 'rail', 'security', 'diplomacy', 'far-east', 'china'] as const;
export const CERTAINTIES = ['stated', 'reported', 'planned', 'disputed'] as const;
