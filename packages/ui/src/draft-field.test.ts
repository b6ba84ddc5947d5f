import type { ChangeEvent } from "react";
import { describe, expect, it } from "vitest";
import { draftField } from "./draft-field.ts";

interface Draft {
  name: string;
  minutes: string;
  optional: boolean;
}

function typed(value: string) {
  return { target: { value } } as ChangeEvent<HTMLInputElement>;
}

describe("draftField", () => {
  const patches: Partial<Draft>[] = [];
  const field = draftField<Draft>({
    draft: { name: "Ada", minutes: "20", optional: false },
    disabled: true,
    errorOf: (path) => (path === "workshop.minutes" ? "Too long" : null),
    onChange: (patch) => patches.push(patch),
  });

  it("gives a field the draft's value, the busy state and the server's message for its key", () => {
    const props = field("name");
    expect(props).toMatchObject({ value: "Ada", disabled: true, error: null });
  });

  it("reads the message under the server's name when it differs from the draft's", () => {
    expect(field("minutes", "workshop.minutes").error).toBe("Too long");
  });

  it("writes what was typed back to the key it edits, and only that key", () => {
    field("minutes").onChange(typed("45"));
    expect(patches).toEqual([{ minutes: "45" }]);
  });
});
