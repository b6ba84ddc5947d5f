import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeferredQueryView } from "./deferred-query-view.tsx";

const settled = { isFetching: false, refetch: () => undefined, isError: false, error: null };
const came = { ...settled, isSuccess: true, isPending: false, data: ["a", "b"] };
const waiting = { ...settled, isSuccess: false, isPending: true, data: undefined };

function draw(query: typeof came | typeof waiting, waitFor?: boolean) {
  return renderToStaticMarkup(
    <DeferredQueryView query={query} waitFor={waitFor} loading="Loading notes…">
      {(notes) => <p>{notes.join(" and ")}</p>}
    </DeferredQueryView>,
  );
}

describe("DeferredQueryView", () => {
  it("draws the data once it came", () => {
    expect(draw(came)).toBe("<p>a and b</p>");
  });

  it.each([
    ["the answer is on its way", waiting, false],
    ["the page still waits for another query", came, true],
  ])("says it is loading while %s", (_, query, waitFor) => {
    const html = draw(query, waitFor);
    expect(html).toContain("Loading notes…");
    expect(html).not.toContain("a and b");
  });
});
