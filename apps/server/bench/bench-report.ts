import type { AbFigures, SideFigures } from "./ab-load.ts";
import { describeScore, type FrontRow, kb } from "./front-figures.ts";

/* The tables `pnpm bench` ends with, in Markdown so they can go into the README as printed. */

export interface RequestFigure {
  label: string;
  data: string;
  figures: AbFigures;
  /** The 1-minute load average before and after this figure was measured. */
  load: [number, number];
}

function rate(side: SideFigures): string {
  const digits = side.perSecond < 1 ? 2 : side.perSecond < 100 ? 1 : 0;
  const perSecond = side.perSecond.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return side.failed > 0 ? `${perSecond} (${side.failed} failed)` : perSecond;
}

/** The first failure of each side, if any, to print under the figure. */
export function failureLines(figure: RequestFigure): string[] {
  const { platform, bare } = figure.figures;
  return [
    platform.firstFailure ? `    platform's first failure: ${platform.firstFailure}` : "",
    bare.firstFailure ? `    bare's first failure: ${bare.firstFailure}` : "",
  ].filter(Boolean);
}

function millis(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

function latency(side: SideFigures): string {
  return `${millis(side.p50)} / ${millis(side.p95)} / ${millis(side.p99)}`;
}

/** One line per figure as it completes, so a long run shows where it is. */
export function progressLine(figure: RequestFigure): string {
  const { platform, bare } = figure.figures;
  return `  ${figure.label.padEnd(20)} platform ${rate(platform).padStart(7)} req/s (p95 ${millis(platform.p95)} ms, ${platform.requests} requests, ${processor(platform)})   bare ${rate(bare).padStart(7)} req/s (p95 ${millis(bare.p95)} ms, ${bare.requests} requests, ${processor(bare)})   ${(figure.figures.ratio * 100).toFixed(0)} %   load ${figure.load.map((value) => value.toFixed(1)).join(" → ")}`;
}

/** The server process's own processor time per request: what the load average cannot move. */
function processor(side: SideFigures): string {
  const ms = side.processorMsPerRequest;
  return ms === null ? "CPU not measured" : `${ms.toFixed(2)} ms CPU each`;
}

export function requestTable(figures: readonly RequestFigure[]): string {
  const lines = [
    "| procedure | data | platform req/s | platform p50 / p95 / p99 ms | bare req/s | bare p50 / p95 / p99 ms | platform ÷ bare | server CPU per request, platform / bare | load (1 min) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const figure of figures) {
    const { platform, bare, ratio } = figure.figures;
    lines.push(
      `| \`${figure.label}\` | ${figure.data} | ${rate(platform)} | ${latency(platform)} | ${rate(bare)} | ${latency(bare)} | ${(ratio * 100).toFixed(0)} % | ${cpuCell(platform)} / ${cpuCell(bare)} ms | ${figure.load.map((value) => value.toFixed(1)).join(" → ")} |`,
    );
  }
  return lines.join("\n");
}

function cpuCell(side: SideFigures): string {
  return side.processorMsPerRequest === null ? "–" : side.processorMsPerRequest.toFixed(2);
}

export function frontTable(rows: readonly FrontRow[], lighthouse: boolean): string {
  const lines = [
    "| app | initial JS, gzip (brotli) | Lighthouse mobile, sign-in | Lighthouse mobile, signed-in home |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const signIn = lighthouse ? describeScore(row.signIn) : "not run";
    const home = lighthouse ? describeScore(row.home) : "not run";
    lines.push(
      `| ${row.app} | ${kb(row.gzip)} (${kb(row.br)}), ${row.scripts} files | ${signIn} | ${home} |`,
    );
  }
  return lines.join("\n");
}
