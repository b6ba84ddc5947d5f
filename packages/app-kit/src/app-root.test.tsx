import { QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { AppRoot } from "./app-root.tsx";
import { queryClient, trpc } from "./client.ts";

function viewerQuery() {
  // As startApp sets it: a refusal is the answer, not something to ask again on mount.
  queryClient.setQueryDefaults(trpc.viewer.me.queryKey(), { retryOnMount: false });
  return queryClient
    .getQueryCache()
    .build(queryClient, { queryKey: trpc.viewer.me.queryKey(), retry: false });
}

/** A router factory that fails the test if the root builds the router. */
function noRouter(): never {
  throw new Error("The router was built");
}

function render(): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <AppRoot app="teacher" createRouter={noRouter} />
    </QueryClientProvider>,
  );
}

afterEach(() => queryClient.clear());

describe("AppRoot", () => {
  it("shows a signed-out visitor the sign-in page without building the router (no page code)", () => {
    viewerQuery().setState({
      status: "error",
      fetchStatus: "idle",
      error: Object.assign(new Error("Sign in"), { data: { code: "UNAUTHORIZED" } }),
    });
    const html = render();
    expect(html).toContain("Sign in to Throughline");
    expect(html).toContain("My learning");
  });

  it("keeps the loading state, and no router, until it knows who is signed in", () => {
    viewerQuery();
    const html = render();
    expect(html).toContain('role="status"');
    expect(html).toContain("Loading My learning…");
    expect(html).not.toContain("Sign in to Throughline");
  });
});
