import { LocalDiskStorage } from "@throughline/api/files/local-disk-storage";
import { S3Storage } from "@throughline/api/files/s3-storage";
import { describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { fileStorageFrom } from "./storage-from-env.ts";

const S3 = {
  S3_BUCKET: "throughline-files",
  S3_ENDPOINT: "http://127.0.0.1:9000",
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "access",
  S3_SECRET_ACCESS_KEY: "secret",
  S3_FORCE_PATH_STYLE: "true",
};

describe("the S3 settings", () => {
  it("without any, files stay in the local folder", () => {
    const { storage, kind } = fileStorageFrom(readEnv({ DATA_DIR: "/tmp/throughline" }));
    expect(kind).toBe("local");
    expect(storage).toBeInstanceOf(LocalDiskStorage);
  });

  it("with all of them, files go to the bucket", () => {
    const env = readEnv(S3);
    expect(env.S3_FORCE_PATH_STYLE).toBe(true);
    const { storage, kind } = fileStorageFrom(env);
    expect(kind).toBe("s3");
    expect(storage).toBeInstanceOf(S3Storage);
    // Path style may be left out: it is off unless asked for.
    expect(readEnv({ ...S3, S3_FORCE_PATH_STYLE: "" }).S3_FORCE_PATH_STYLE).toBe(false);
  });

  it("refuses some without the others, naming what is missing", () => {
    expect(() => readEnv({ S3_BUCKET: "throughline-files", S3_REGION: "us-east-1" })).toThrow(
      "S3_ENDPOINT: S3 file storage needs all of S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY; missing S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY.",
    );
    expect(() => readEnv({ ...S3, S3_SECRET_ACCESS_KEY: "" })).toThrow(
      "missing S3_SECRET_ACCESS_KEY",
    );
    expect(() => readEnv({ ...S3, S3_ENDPOINT: "not a url" })).toThrow("S3_ENDPOINT");
  });
});
