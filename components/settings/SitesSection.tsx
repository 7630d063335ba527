import { useState } from 'react';
import { disableSite } from '@/lib/popup/site-access';
import { ADAPTERS } from '@/lib/sites/registry';
import type { Settings } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';
import { helpdeskGroups } from './helpdesk-groups';

/** The helpdesks coaching runs on out of the box, those it recognises once their site is turned on, and the custom sites the user enabled from the popup. */
export function SitesSection({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string>();
  const groups = helpdeskGroups(ADAPTERS);
  const remove = async (origin: string) => {
    setError(undefined);
    // Drops the site from the settings and gives its host permission back.
    await disableSite(origin).catch((e: Error) => setError(e.message));
  };
  return (
    <section aria-labelledby="sites-title" className="aa-card aa-section">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <h3>{t('sitesCustomTitle')}</h3>
      {settings.enabledSites.length === 0 ? (
        <p className="aa-muted">{t('sitesCustomEmpty')}</p>
      ) : (
        <ul className="aa-list" data-testid="enabled-sites">
          {settings.enabledSites.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              <button type="button" className="aa-button aa-danger" onClick={() => void remove(origin)} aria-label={t('sitesRemoveLabel', { site: origin })}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="aa-error">
          {error}
        </p>
      )}
      <h3>{t('sitesBuiltInTitle')}</h3>
      <ul className="aa-chips-list" data-testid="helpdesks-hosted">
        {groups.hosted.map((a) => (
          <li key={a.id} className="aa-chip" title={a.matches.join(' ')}>
            {a.name}
          </li>
        ))}
      </ul>
      <h3>{t('sitesOwnDomainTitle')}</h3>
      <p className="aa-muted">{t('sitesOwnDomainHelp')}</p>
      <ul className="aa-chips-list" data-testid="helpdesks-own-domain">
        {groups.onYourDomain.map((a) => (
          <li key={a.id} className="aa-chip">
            {a.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
