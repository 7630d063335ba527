import { report } from '../report';

export { report };

/** Wraps a handler so that no exception of ours is ever thrown into the host page: it is reported and dropped. */
export function guard<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => report(where, error));
    } catch (error) {
      report(where, error);
    }
  };
}
