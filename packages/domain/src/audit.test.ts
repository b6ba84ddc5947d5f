import { describe, expect, it } from "vitest";
import { changedFields, withoutSecrets } from "./audit.ts";

describe("audit entries", () => {
  it("keep only the fields that changed, each side with its own value", () => {
    expect(
      changedFields(
        { name: "A", roles: ["teacher"], active: true },
        { name: "A", roles: ["coach", "teacher"], active: true },
      ),
    ).toEqual({ before: { roles: ["teacher"] }, after: { roles: ["coach", "teacher"] } });
    expect(changedFields({ name: "A" }, { name: "A" })).toBeNull();
    expect(changedFields({}, { added: 1 })).toEqual({
      before: { added: null },
      after: { added: 1 },
    });
  });

  it("never keep a password, hash, token or secret, but keep the password sign-in setting", () => {
    const fields = {
      passwordHash: "x",
      token_hash: "x",
      clientSecret: "x",
      privateKey: "x",
      password: "x",
      password_sign_in: false,
      title: "kept",
    };
    expect(withoutSecrets(fields)).toEqual({ password_sign_in: false, title: "kept" });
    expect(changedFields({ ...fields, title: "old" }, fields)?.after).toEqual({ title: "kept" });
  });
});
