import { z } from "zod";
import { isEmailToken } from "@/lib/auth/email-token";

const INCOMPLETE = "this link is not complete; open the link from the email again";

/** The form of the pages that emailed links open (/verify-email, /release-email). */
export const emailLinkFormSchema = z.object({ token: z.string({ error: INCOMPLETE }).refine(isEmailToken, INCOMPLETE) });
