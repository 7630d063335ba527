/** The `kind` of the log envelope, shared by the client and the receiver without importing either. */
export const LOG_MESSAGE_KIND = 'agent-assist/log' as const;
