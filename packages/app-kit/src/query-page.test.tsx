import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QueryPage } from "./query-page.tsx";

const options = { queryKey: ["notes"], queryFn: async () => ["a", "b"] };

function draw(client: QueryClient) {
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <QueryPage options={options} loading="Loading notes…" errorTitle="Notes failed">
        {(notes) => <p>{notes.join(" and ")}</p>}
      </QueryPage>
    </QueryClientProvider>,
  );
}

describe("QueryPage", () => {
  it("asks for its query and draws the answer once it came", () => {
    const client = new QueryClient();
    client.setQueryData(options.queryKey, ["a", "b"]);
    expect(draw(client)).toBe("<p>a and b</p>");
  });

  it("is the page's loading state until then", () => {
    const html = draw(new QueryClient());
    expect(html).toContain("Loading notes…");
    expect(html).not.toContain("a and b");
  });
});
