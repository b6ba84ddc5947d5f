import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
// A relative path: Vite bundles a config's relative imports but hands package imports to Node.
import { appViteConfig } from "../../packages/ui/vite/app-vite-config.ts";

export default defineConfig(appViteConfig("admin", [react(), tailwindcss()]));
