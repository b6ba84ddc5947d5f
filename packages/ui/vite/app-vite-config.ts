/*
 * The Vite config the three apps share: where each app is served, the shared page and build
 * plugins, and the development proxy to the API server. An app's own vite.config.ts passes in
 * the compiler plugins (React, Tailwind), because Vite hands a config's package imports to Node
 * from the app's folder, where those packages are installed.
 */

import { type AppKey, throughlineApps } from "../src/apps.ts";
import { appShell } from "./app-shell.ts";
import { builtAppFiles } from "./built-app-files.ts";
import { homeRouteChunk } from "./home-route-chunk.ts";
import { productionReactRouter } from "./production-react-router.ts";

/** The API server; in development Vite forwards tRPC, auth and file requests to it. */
const apiServer = "http://localhost:3000";

/** The config of the app `app`, with its `compilers` first among the plugins. */
export function appViteConfig<CompilerPlugin>(app: AppKey, compilers: CompilerPlugin[]) {
  const { name, devPort } = throughlineApps[app];
  return {
    base: `/${app}/`,
    plugins: [
      ...compilers,
      appShell(name),
      builtAppFiles(),
      homeRouteChunk(),
      productionReactRouter(),
    ],
    server: {
      port: devPort,
      strictPort: true,
      proxy: { "/trpc": apiServer, "/api": apiServer, "/files": apiServer },
    },
    build: { outDir: "dist" },
  };
}
