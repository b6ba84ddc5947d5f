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

  it("hides the value PostgreSQL quotes in a data exception's message", () => {
    const postgres = Object.assign(
      new Error('invalid input syntax for type uuid: "PRIVATE NOTE about a teacher"'),
      { code: "22P02" },
    );
    const query = new DrizzleQueryError("select * from note where id = $1", ["x"], postgres);
    const logged = safeError(query);
    expect(JSON.stringify(logged)).not.toContain("PRIVATE NOTE");
    expect(logged.cause?.message).toBe('invalid input syntax for type uuid: "(value hidden)"');
    // Other messages keep their quoted names, which say where it went wrong.
    const named = Object.assign(new Error('relation "note" does not exist'), { code: "42P01" });
    expect(safeError(named).message).toBe('relation "note" does not exist');
  });
});
