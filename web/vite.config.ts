import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The dashboard app: served by the API server at /app/ from dist/web-app (src/server/routes/web-app.ts). */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/web-app", import.meta.url)),
    emptyOutDir: true,
    // Vega and Vega-Lite make one large chunk; it is loaded once and cached by its content hash.
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
});
