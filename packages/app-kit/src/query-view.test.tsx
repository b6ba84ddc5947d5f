import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QueryView } from "./query-view.tsx";

const settled = { isFetching: false, refetch: () => undefined };

describe("QueryView", () => {
  it("draws the data once it came", () => {
    const html = renderToStaticMarkup(
      <QueryView
        query={{
          ...settled,
          isSuccess: true,
          isPending: false,
          isError: false,
          error: null,
          data: ["a", "b"],
        }}
        loading="Loading notes…"
      >
        {(notes) => <p>{notes.join(" and ")}</p>}
      </QueryView>,
    );
    expect(html).toBe("<p>a and b</p>");
  });

  it("says it is loading until then, and draws nothing of the data", () => {
    const html = renderToStaticMarkup(
      <QueryView
        query={{ ...settled, isSuccess: false, isPending: true, isError: false, error: null }}
        loading="Loading notes…"
      >
        {() => <p>drawn</p>}
      </QueryView>,
    );
    expect(html).toContain("Loading notes…");
    expect(html).not.toContain("drawn");
  });

  it("shows the server's message under the heading level it is given when it failed", () => {
    const html = renderToStaticMarkup(
      <QueryView
        query={{
          ...settled,
          isSuccess: false,
          isPending: false,
          isError: true,
          error: { message: "Down" },
        }}
        loading="Loading notes…"
        errorTitle="Your notes could not be loaded"
        headingLevel={3}
      >
        {() => <p>drawn</p>}
      </QueryView>,
    );
    expect(html).toContain("<h3");
    expect(html).toContain("Your notes could not be loaded");
    expect(html).toContain("Down");
    expect(html).not.toContain("drawn");
  });
});
