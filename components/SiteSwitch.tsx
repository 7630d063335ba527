import { useEffect, useState } from 'react';
import { disableSite, enableSite, isSiteEnabled } from '../lib/coach/site-access';
import { siteOrigin } from '../lib/coach/site-registration';

type State = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; origin: string; tabId?: number; enabled: boolean };

/** "Enable on this site": coaching on a site the extension does not know, with the user's permission. */
export function SiteSwitch({ tab }: { tab: { url?: string; id?: number } | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const origin = siteOrigin(tab?.url);

  useEffect(() => {
    if (!origin) return setState({ kind: 'unsupported' });
    void isSiteEnabled(origin).then((enabled) => setState({ kind: 'ready', origin, tabId: tab?.id, enabled }));
  }, [origin, tab?.id]);

  if (state.kind === 'loading') return null;
  if (state.kind === 'unsupported') return <p>Open a helpdesk page to enable coaching there.</p>;
  const toggle = async () => {
    setError(null);
    try {
      if (state.enabled) await disableSite(state.origin);
      else if (!(await enableSite(state.origin, state.tabId))) return setError('Permission not granted.');
      setState({ ...state, enabled: !state.enabled });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-label="This site">
      <p>{state.origin}</p>
      <button type="button" onClick={toggle} aria-pressed={state.enabled}>
        {state.enabled ? 'Disable on this site' : 'Enable on this site'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
