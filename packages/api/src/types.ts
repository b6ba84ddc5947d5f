/**
 * The only module the apps may import from this package, and only for types: the linter
 * forbids every other path, so no server code can reach a browser bundle.
 */
export type { AppRouter, RouterInputs, RouterOutputs } from "./root.ts";
