import { describe, expect, it } from "vitest";
import { homeRouteChunks } from "./home-route-chunks.ts";

const chunk = (fileName: string, imports: string[], modules: string[] = [], isEntry = false) => ({
  fileName,
  isEntry,
  imports,
  modules: modules.map((name) => ({ name })),
});

const report = {
  chunks: [
    chunk(
      "assets/index.js",
      ["assets/react.js", "assets/button.js"],
      ["apps/t/src/main.tsx"],
      true,
    ),
    chunk("assets/react.js", []),
    chunk("assets/button.js", ["assets/react.js"]),
    chunk(
      "assets/home-page.js",
      ["assets/index.js", "assets/card.js", "assets/button.js", "assets/recommended.js"],
      ["apps/t/src/pages/enrolment-card.tsx", "apps/t/src/pages/home-page.tsx"],
    ),
    chunk("assets/card.js", ["assets/react.js"]),
    chunk("assets/recommended.js", ["assets/field-error.js", "assets/card.js"]),
    chunk("assets/field-error.js", []),
    chunk("assets/people-page.js", ["assets/index.js", "assets/table.js"], ["apps/t/src/p.tsx"]),
    chunk("assets/table.js", []),
  ],
};

describe("the chunks a home page needs beyond its entry", () => {
  it("are the home route's chunk and all it imports, less what the entry loads", () => {
    expect(homeRouteChunks(report, "apps/t/src/pages/home-page.tsx").sort()).toEqual([
      "assets/card.js",
      "assets/field-error.js",
      "assets/home-page.js",
      "assets/recommended.js",
    ]);
  });

  it("are none when the build has no such module", () => {
    expect(homeRouteChunks(report, "apps/t/src/pages/missing.tsx")).toEqual([]);
  });
});
