// Types of the floor plan that eslint.config.js exports for tests/app/floors.test.ts.
export declare const GROUND: string[];
export declare const ROOT: string[];
export declare const FEATURES: string[];
declare const config: unknown[];
export default config;
