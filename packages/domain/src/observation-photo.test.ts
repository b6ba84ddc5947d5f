import { describe, expect, it } from "vitest";
import { checkObservationPhoto } from "./observation-photo.ts";

describe("checkObservationPhoto", () => {
  it("takes a phone camera's JPEG and HEIC", () => {
    expect(
      checkObservationPhoto({
        fileName: "IMG_0042.JPG",
        contentType: "image/jpeg",
        sizeBytes: 9e5,
      }),
    ).toBeNull();
    expect(
      checkObservationPhoto({ fileName: "IMG_0043.heic", contentType: "", sizeBytes: 9e5 }),
    ).toBeNull();
  });

  it("refuses a PDF, which evidence would take, naming the image types", () => {
    expect(
      checkObservationPhoto({
        fileName: "plan.pdf",
        contentType: "application/pdf",
        sizeBytes: 10,
      }),
    ).toBe(
      "Files of type .pdf can't be added as a photo. Use a PNG, JPEG, GIF, WebP or HEIC image.",
    );
  });

  it("keeps the evidence size limit", () => {
    expect(
      checkObservationPhoto({
        fileName: "a.png",
        contentType: "image/png",
        sizeBytes: 11 * 2 ** 20,
      }),
    ).toBe("This file is 11 MB; the limit is 10 MB.");
  });
});
