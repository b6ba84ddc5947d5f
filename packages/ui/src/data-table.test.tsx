import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "./data-table.tsx";

interface Row {
  id: string;
  name: string;
  visits: number;
}

const rows: Row[] = [
  { id: "a", name: "Ada", visits: 3 },
  { id: "b", name: "Ben", visits: 0 },
];

function render(caption?: string, captionClassName?: string): string {
  return renderToStaticMarkup(
    <DataTable
      scrollLabel="Visits"
      caption={caption}
      captionClassName={captionClassName}
      rows={rows}
      columns={[
        { header: "Teacher", rowHeader: true, cell: (row) => row.name },
        { header: "Visits", numeric: true, cell: (row) => row.visits },
        { key: "actions", header: <span className="sr-only">Actions</span>, cell: () => "…" },
      ]}
    />,
  );
}

describe("DataTable", () => {
  it("names each row by its row-header cell and keeps the other cells data cells", () => {
    const html = render("Visits per teacher");
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html.match(/<td /g)).toHaveLength(4);
    expect(html).toContain(">Ada</th>");
  });

  it("right-aligns numeric columns in the heading and the cells", () => {
    const html = render();
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Visits<\/th>/);
    expect(html).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*">3<\/td>/);
  });

  it("reads the caption to screen readers only unless told to show it, and leaves it out when absent", () => {
    expect(render("Visits per teacher")).toContain(
      '<caption class="mt-3 text-left text-sm text-muted-foreground sr-only">',
    );
    expect(render("Visits per teacher", "")).toContain(
      '<caption class="mt-3 text-left text-sm text-muted-foreground">',
    );
    expect(render()).not.toContain("<caption");
  });

  it("scrolls sideways in a named region that takes keyboard focus", () => {
    expect(render()).toContain('<section aria-label="Visits" tabindex="0"');
  });

  it("says something across a row instead of its figures, and draws footer rows with the same columns", () => {
    const html = renderToStaticMarkup(
      <DataTable
        scrollLabel="Visits"
        rows={rows}
        footerRows={[{ id: "total", name: "All", visits: 3 }]}
        acrossRow={(row) => (row.visits === 0 ? "No visits yet" : null)}
        columns={[
          { header: "Teacher", rowHeader: true, cell: (row) => row.name },
          { header: "Visits", numeric: true, cell: (row) => row.visits },
          { header: "Notes", cell: () => "…" },
        ]}
      />,
    );
    expect(html).toMatch(
      />Ben<\/th><td class="[^"]*italic[^"]*" colSpan="2">No visits yet<\/td><\/tr>/,
    );
    expect(html).toMatch(/<tfoot[^>]*><tr[^>]*><th scope="row"[^>]*>All<\/th><td[^>]*>3<\/td>/);
  });
});
