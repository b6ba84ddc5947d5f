import { describe, expect, it } from "vitest";
import { type ApiErrorLike, fieldError, formError } from "./field-error.ts";

const refusal: ApiErrorLike = {
  message: "Check the highlighted fields",
  data: {
    fieldErrors: [
      { path: "title", message: "Give it a title" },
      { path: "domains.1", message: "That is not a domain name" },
    ],
  },
};
const general: ApiErrorLike = { message: "You cannot change this", data: { fieldErrors: null } };
const noData: ApiErrorLike = { message: "The server could not be reached" };

describe("fieldError", () => {
  it.each([
    ["a named field", refusal, "title", {}, "Give it a title"],
    ["a field the error does not name", refusal, "summary", {}, null],
    ["an error naming no field", general, "title", {}, null],
    ["an error with no data", noData, "title", {}, null],
    ["no error", null, "title", {}, null],
    ["no error, with the general fallback", null, "title", { orGeneral: true }, null],
    [
      "a named field, with the general fallback",
      refusal,
      "title",
      { orGeneral: true },
      "Give it a title",
    ],
    [
      "a field not named, with the general fallback",
      refusal,
      "summary",
      { orGeneral: true },
      "Check the highlighted fields",
    ],
    [
      "an error naming no field, with the general fallback",
      general,
      "title",
      { orGeneral: true },
      "You cannot change this",
    ],
    [
      "an error with no data, with the general fallback",
      noData,
      "title",
      { orGeneral: true },
      "The server could not be reached",
    ],
    ["a list, exactly", refusal, "domains", {}, null],
    [
      "a list, with what is inside it",
      refusal,
      "domains",
      { nested: true },
      "That is not a domain name",
    ],
    ["a path that only starts alike", refusal, "domain", { nested: true }, null],
  ] as const)("%s", (_case, error, path, options, expected) => {
    expect(fieldError(error, path, options)).toBe(expected);
  });
});

describe("formError", () => {
  it("is silent when the error names one of the form's fields", () => {
    expect(formError(refusal, ["title", "summary"])).toBeNull();
  });

  it("gives the general message when the error names none of them", () => {
    expect(formError(refusal, ["summary"])).toBe("Check the highlighted fields");
    expect(formError(general, ["title"])).toBe("You cannot change this");
    expect(formError(noData, ["title"])).toBe("The server could not be reached");
  });

  it("is silent without an error", () => {
    expect(formError(null, ["title"])).toBeNull();
  });
});
