import { PageHeader } from "@throughline/ui/page-header";
import { Link, useNavigate } from "react-router";
import { RequestForm } from "./request-form.tsx";

/** Requesting credit for PD taken elsewhere, with its certificate. */
export function NewExternalPdRequestPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Request credit"
        description={
          <>
            For a conference, workshop or course you took outside the district's framework.{" "}
            <Link to="/pd-credit" className="text-primary underline underline-offset-4">
              Back to PD credit
            </Link>
          </>
        }
      />
      <RequestForm
        submitLabel="Send for review"
        onDone={(message) => void navigate("/pd-credit", { state: { saved: message } })}
      />
    </>
  );
}
