import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxField } from "./checkbox-field.tsx";
import { NumberField } from "./number-field.tsx";
import { MutationButton, PendingButton } from "./pending-button.tsx";
import { RemoveButton } from "./remove-button.tsx";

const ignore = () => undefined;

describe("PendingButton", () => {
  it("is disabled and says what it does while the action runs", () => {
    const html = renderToStaticMarkup(
      <PendingButton pending pendingLabel="Saving…">
        Save
      </PendingButton>,
    );
    expect(html).toContain('disabled=""');
    expect(html).toContain("Saving…");
    expect(html).not.toContain(">Save<");
  });

  it("keeps its own words when it has no pending label, and its disabled state when idle", () => {
    expect(renderToStaticMarkup(<PendingButton pending>Remove</PendingButton>)).toMatch(
      /disabled="".*Remove/,
    );
    expect(
      renderToStaticMarkup(<PendingButton pending={false}>Remove</PendingButton>),
    ).not.toContain('disabled=""');
    expect(
      renderToStaticMarkup(
        <PendingButton pending={false} disabled>
          Remove
        </PendingButton>,
      ),
    ).toContain('disabled=""');
  });

  it("as a MutationButton reads the mutation's state", () => {
    const html = renderToStaticMarkup(
      <MutationButton mutation={{ isPending: true, mutate: ignore }} pendingLabel="Testing…">
        Test sign-in
      </MutationButton>,
    );
    expect(html).toContain('disabled=""');
    expect(html).toContain("Testing…");
  });
});

describe("CheckboxField", () => {
  it("ties the hint and the error to the box", () => {
    const html = renderToStaticMarkup(
      <CheckboxField
        label="Blind review"
        hint="Names hidden."
        error="Not allowed"
        checked={false}
        onChange={ignore}
      />,
    );
    const id = html.match(/<input id="([^"]+)"/)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain('aria-invalid="true"');
  });

  it("describes nothing when there is no hint or error", () => {
    const html = renderToStaticMarkup(<CheckboxField label="Optional" checked onChange={ignore} />);
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("font-medium");
  });
});

describe("RemoveButton and NumberField", () => {
  it("names what is removed for screen readers, with or without the word shown", () => {
    expect(renderToStaticMarkup(<RemoveButton what="step 2" />)).toContain(
      '<span class="sr-only">Remove step 2</span>',
    );
    expect(renderToStaticMarkup(<RemoveButton what="Fall break" labelShown />)).toContain(
      'Remove<span class="sr-only"> Fall break</span>',
    );
  });

  it("asks phones for the number keyboard, whole numbers unless told", () => {
    expect(renderToStaticMarkup(<NumberField label="Days" />)).toContain('inputMode="numeric"');
    expect(renderToStaticMarkup(<NumberField label="Hours" inputMode="decimal" />)).toContain(
      'inputMode="decimal"',
    );
  });
});
