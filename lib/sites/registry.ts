import freescout from './adapters/freescout';
import freshdesk from './adapters/freshdesk';
import front from './adapters/front';
import gmail from './adapters/gmail';
import helpScout from './adapters/help-scout';
import hubspot from './adapters/hubspot';
import intercom from './adapters/intercom';
import jiraServiceManagement from './adapters/jira-service-management';
import osticket from './adapters/osticket';
import requestTracker from './adapters/request-tracker';
import salesforce from './adapters/salesforce';
import zammad from './adapters/zammad';
import zendesk from './adapters/zendesk';
import zohoDesk from './adapters/zoho-desk';
import type { SiteAdapter } from './types';

/** Every site adapter, one per file in ./adapters (a test checks none is left out). */
export const ADAPTERS: readonly SiteAdapter[] = [
  zendesk,
  freshdesk,
  helpScout,
  intercom,
  front,
  gmail,
  hubspot,
  zohoDesk,
  salesforce,
  jiraServiceManagement,
  zammad,
  freescout,
  requestTracker,
  osticket,
];
