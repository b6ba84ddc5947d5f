import { TRPCError } from "@trpc/server";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { safeError } from "./safe-error.ts";

describe("safeError", () => {
  it("keeps the query, the codes and the frames but no parameter or detail", () => {
    const postgres = Object.assign(
      new Error('duplicate key value violates unique constraint "x"'),
      {
        code: "23505",
        detail: "Key (email)=(private@example.org) already exists.",
      },
    );
    const query = new DrizzleQueryError(
      "insert into note (body) values ($1)",
      ["PRIVATE NOTE about a teacher"],
      postgres,
    );
    const wrapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: query });
    const logged = JSON.stringify(safeError(wrapped));
    expect(logged).not.toContain("PRIVATE NOTE");
    expect(logged).not.toContain("private@example.org");
    expect(logged).toContain("insert into note (body) values ($1)");
    expect(logged).toContain("23505");
    expect(safeError(wrapped).cause?.cause?.code).toBe("23505");
  });
});
