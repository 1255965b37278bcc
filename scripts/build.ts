/** `npm run build`: the production build (`next build`) and the bundled web server (.next/serve.mjs). */
import { ensureBuilt } from "./runtime/build.ts";

ensureBuilt((line) => console.log(`[build] ${line}`), { force: true }).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
