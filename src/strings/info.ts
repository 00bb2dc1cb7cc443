// The active language's words for the information dialogs, About naltrexone and the model (see
// en-info.ts). Like index.ts, it waits for the chosen language's table only, and only those dialogs'
// chunks import it, so neither table weighs on the first frame.
import type { InfoStrings } from './en-info';
import { language } from './index';
import { INFO_LOADERS } from './languages';

export const infoStrings: InfoStrings = await INFO_LOADERS[language]();
