// The active language's words for the panels that load when opened (see en-panels.ts). English only
// for now; a translation adds a file like en-panels.ts and is chosen here as index.ts chooses its own.
import { enPanels, type PanelStrings } from './en-panels';

export const panelStrings: PanelStrings = enPanels;
