import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The API server; in development Vite forwards tRPC and auth requests to it. */
const apiServer = "http://localhost:3000";

export default defineConfig({
  base: "/admin/",
  plugins: [react(), tailwindcss()],
  server: {
    port: 5175,
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
