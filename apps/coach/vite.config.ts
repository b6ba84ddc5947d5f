import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
// A relative path: Vite bundles a config's relative imports but hands package imports to Node.
import { appShell } from "../../packages/ui/vite/app-shell.ts";
import { builtAppFiles } from "../../packages/ui/vite/built-app-files.ts";
import { homeRouteChunk } from "../../packages/ui/vite/home-route-chunk.ts";
import { productionReactRouter } from "../../packages/ui/vite/production-react-router.ts";

/** The API server; in development Vite forwards tRPC and auth requests to it. */
const apiServer = "http://localhost:3000";

export default defineConfig({
  base: "/coach/",
  plugins: [
    react(),
    tailwindcss(),
    appShell("Coaching"),
    builtAppFiles(),
    homeRouteChunk(),
    productionReactRouter(),
  ],
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      "/trpc": apiServer,
      "/api": apiServer,
      "/files": apiServer,
    },
  },
  build: {
    outDir: "dist",
  },
});
