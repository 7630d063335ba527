/**
 * The popup asks the content script in the active tab what it is doing there (browser.tabs.sendMessage). Both
 * ends check the other's message with these schemas; a tab that does not answer has no coaching running.
 */
import * as z from 'zod/mini';

export const TAB_STATUS_KIND = 'agent-assist/status';

export const TabStatusRequestSchema = z.object({ kind: z.literal(TAB_STATUS_KIND) });
export type TabStatusRequest = z.infer<typeof TabStatusRequestSchema>;

export const TabStatusSchema = z.object({
  active: z.literal(true),
  /** The site adapter's id ('zendesk', …), or 'generic' where no helpdesk was recognised. */
  helpdesk: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The helpdesk's name for people, as the adapter gives it. */
  helpdeskName: z.optional(z.string().check(z.maxLength(200))),
  ticketId: z.optional(z.string().check(z.maxLength(200))),
  subject: z.optional(z.string().check(z.maxLength(500))),
  /** Flags in the open drafts now. */
  flags: z.int().check(z.nonnegative()),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;
