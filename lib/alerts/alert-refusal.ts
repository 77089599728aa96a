import { MAX_ALERTS_PER_PERSON, type createAlert } from "@/lib/alerts/create-alert";
import { HttpError } from "@/lib/http/http-error";

type Refused = Exclude<Awaited<ReturnType<typeof createAlert>>, { status: "ok" }>;

/** Why an alert was not made, as both ways of following say it: the API and the no-script form. */
export function alertRefusal(result: Refused): HttpError {
  switch (result.status) {
    case "limit":
      return new HttpError(409, `You follow ${MAX_ALERTS_PER_PERSON} things already, the most one person can; delete an alert first.`);
    case "nothing-to-match":
      return new HttpError(400, "q: this search has no words to match (only common words like “the”); add a more specific word.");
  }
}
