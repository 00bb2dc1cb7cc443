// The active language's words for the panels that load when opened (the body map, the explorer and
// Drug X; see en-panels.ts). Like index.ts, it waits for the chosen language's table only, and it is
// imported by the panels alone, so neither table weighs on the first frame.
import type { PanelStrings } from './en-panels';
import { language } from './index';
import { PANEL_LOADERS } from './languages';

export const panelStrings: PanelStrings = await PANEL_LOADERS[language]();
