import type { ThreadMessage } from '../../effort/types';
import type { Requester } from '../types';
import { clean, emailIn } from './dom';

const fold = (s: string) => clean(s)?.toLowerCase().normalize('NFKC');

/** Whether a shown author ("Dana Whitfield", "dana@x.com", "Dana Whitfield <dana@x.com>") is the requester. */
export function isRequester(author: string | undefined, requester: Requester | undefined): boolean {
  if (!author || !requester) return false;
  const email = emailIn(author);
  if (email && requester.email) return email === requester.email.toLowerCase();
  const name = fold(author.replace(/<[^>]*>|\([^)]*@[^)]*\)/g, ''));
  return (!!name && name === fold(requester.name ?? '')) || (!!requester.email && name === fold(requester.email));
}

/** The role for helpdesks that mark nobody: the requester speaks as the customer, everyone else as an agent. */
export function roleByRequester(author: string | undefined, requester: Requester | undefined): ThreadMessage['role'] {
  return isRequester(author, requester) ? 'customer' : 'agent';
}
