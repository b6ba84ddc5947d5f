import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type QueryLike, QueryState } from "./query-state.tsx";

function query(state: Partial<QueryLike>): QueryLike {
  return {
    isPending: false,
    isError: false,
    isFetching: false,
    error: null,
    refetch: () => undefined,
    ...state,
  };
}

function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

describe("QueryState", () => {
  it("says it is loading while the answer is on its way", () => {
    const html = render(<QueryState query={query({ isPending: true })} loading="Loading notes…" />);
    expect(html).toContain('role="status"');
    expect(html).toContain("Loading notes…");
  });

  it("shows the server's message under the given heading, with Try again", () => {
    const html = render(
      <QueryState
        query={query({ isError: true, error: { message: "The server is away" } })}
        loading="Loading notes…"
        errorTitle="Your notes could not be loaded"
        headingLevel={1}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain("<h1");
    expect(html).toContain("Your notes could not be loaded");
    expect(html).toContain("The server is away");
    expect(html).toContain("Try again");
  });

  it("disables Try again while it is asking again", () => {
    const html = render(
      <QueryState
        query={query({ isError: true, isFetching: true, error: { message: "Down" } })}
        loading="Loading…"
      />,
    );
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it("keeps saying it is loading while the page draws an answer that came", () => {
    const html = render(
      <QueryState query={query({})} loading="Loading notes…" drawing empty={<p>None</p>} />,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain("Loading notes…");
    expect(html).not.toContain("None");
  });

  it("shows the empty state once an empty answer came, and nothing without one", () => {
    const empty = <p>No notes yet</p>;
    expect(render(<QueryState query={query({})} loading="Loading…" empty={empty} />)).toBe(
      "<p>No notes yet</p>",
    );
    expect(render(<QueryState query={query({})} loading="Loading…" />)).toBe("");
  });

  it("words both states from what is asked for, and sits in a card as a spinner and an h3", () => {
    const about = "your team's goals";
    const loading = render(
      <QueryState query={query({ isPending: true })} about={about} placement="card" />,
    );
    expect(loading).toContain("Loading your team&#x27;s goals…");
    const failed = render(
      <QueryState
        query={query({ isError: true, error: { message: "Away" } })}
        about={about}
        placement="card"
      />,
    );
    expect(failed).toContain("<h3");
    expect(failed).toContain("Your team&#x27;s goals could not be loaded");
  });
});
