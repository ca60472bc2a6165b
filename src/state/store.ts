/**
 * The app's one zustand store. Setters only change state; writing the URL is the job of a
 * single subscriber (see url-sync.ts), so no setter touches `history`.
 */
import { create } from 'zustand';
import type { ProjectionName } from '../map/camera.ts';

export type AppState = {
  projection: ProjectionName;
  setProjection: (projection: ProjectionName) => void;
};

export const useAppStore = create<AppState>()((set) => ({
  projection: 'globe',
  setProjection: (projection) => set({ projection }),
}));
