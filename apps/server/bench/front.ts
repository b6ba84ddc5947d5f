import { loadavg } from "node:os";
import { startBuiltServer } from "../e2e/running-server.ts";
import { describeScore, kb, measureFront } from "./front-figures.ts";

/*
 * `pnpm bench:front`: the front-end figures alone (front-figures.ts), against the server as built
 * with the embedded database and the demo (build first; this builds nothing). `pnpm bench`
 * prints the same figures beside the request benchmark.
 */

/** The machine's 1-minute load average: Lighthouse's simulated phone slows with it. */
const load = () => loadavg()[0]?.toFixed(1) ?? "?";

const server = await startBuiltServer();
try {
  const loadBefore = load();
  const front = await measureFront(
    { url: server.url, publicUrl: server.url },
    { lighthouse: process.env.BENCH_LIGHTHOUSE !== "off" },
  );
  if (!front.lighthouse) console.log("Lighthouse is off or not installed: sizes only.");
  console.log("app      initial JS gzip / brotli   Lighthouse mobile: sign-in | signed-in home");
  for (const row of front.rows) {
    console.log(
      `${row.app.padEnd(8)} ${kb(row.gzip).padStart(9)} / ${kb(row.br).padStart(9)} (${row.scripts} files)   ${describeScore(row.signIn)} | ${describeScore(row.home)}`,
    );
  }
  console.log(`Load average (1 min): ${loadBefore} before, ${load()} after.`);
} finally {
  await server.stop();
}
