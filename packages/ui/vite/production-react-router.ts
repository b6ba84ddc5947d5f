import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

/*
 * React Router 7 publishes a development and a production build but its package exports only
 * the development one, whatever the bundler's mode: a production build of the apps shipped its
 * development warnings and checks. This points `react-router` and `react-router/dom` at the
 * production build when Vite builds (the dev server keeps the warnings). Both builds share their
 * chunks within each folder, so the router and its DOM bindings stay one copy.
 */

/** The slice of Vite's plugin interface this uses (packages/ui does not depend on Vite). */
interface ProductionReactRouterPlugin {
  name: string;
  config: (
    config: { root?: string },
    env: { command: "build" | "serve" },
  ) => { resolve: { alias: { find: RegExp; replacement: string }[] } } | undefined;
}

export function productionReactRouter(): ProductionReactRouterPlugin {
  return {
    name: "throughline-production-react-router",
    config(config, { command }) {
      if (command !== "build") return undefined;
      // Resolved from the app being built, as its own imports of react-router are.
      const fromApp = createRequire(join(resolve(config.root ?? process.cwd()), "package.json"));
      const production = join(
        dirname(fromApp.resolve("react-router/package.json")),
        "dist/production",
      );
      return {
        resolve: {
          alias: [
            { find: /^react-router$/, replacement: join(production, "index.mjs") },
            { find: /^react-router\/dom$/, replacement: join(production, "dom-export.mjs") },
          ],
        },
      };
    },
  };
}
