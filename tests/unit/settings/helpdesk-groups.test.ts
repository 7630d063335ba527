import { expect, test } from 'vitest';
import { helpdeskGroups } from '../../../components/settings/helpdesk-groups';
import { ADAPTERS } from '../../../lib/sites/registry';

test('settings call only hosted helpdesks ready out of the box; self-hosted ones are listed as needing the site turned on', () => {
  const { hosted, onYourDomain } = helpdeskGroups(ADAPTERS);
  const ids = (list: { id: string }[]) => list.map((a) => a.id);
  for (const selfHosted of ['zammad', 'freescout', 'request-tracker', 'osticket']) {
    expect(ids(hosted)).not.toContain(selfHosted);
    expect(ids(onYourDomain)).toContain(selfHosted);
  }
  expect(ids(hosted)).toEqual(expect.arrayContaining(['zendesk', 'freshdesk', 'help-scout', 'gmail']));
  // Zendesk and Jira also run on custom domains, recognised from the page.
  expect(ids(onYourDomain)).toEqual(expect.arrayContaining(['zendesk', 'jira-service-management']));
  expect(ADAPTERS.every((a) => ids(hosted).includes(a.id) || ids(onYourDomain).includes(a.id))).toBe(true);
});
