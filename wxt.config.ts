import { defineConfig } from 'wxt';
import { contentMatches } from './lib/build/content-matches';

/**
 * The release build runs only on the helpdesks the extension knows (added with the site adapters); other
 * sites are enabled by the user from the popup through optional host permissions. Test builds
 * (`wxt build --mode e2e`) and the demo build (`--mode demo`, `npm start`) add localhost for their local pages.
 */
export default defineConfig({
  // The fixed top-level layout has no public/ folder: static files (the _locales messages) live here.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/module-react'],
  // Browsers that run MV3 extensions preload modules natively; the polyfill would ship a fetch() call.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // WXT sets process.env.NODE_ENV to the mode in the scripts it bundles on their own (the content script among
    // them), so the e2e and demo builds would carry React's development build, several times slower per render,
    // into every page; their test hooks and open shadow root depend on the mode (import.meta.env.MODE), not on this.
    'vite:build:extendConfig': (_entrypoints, config) => {
      if (config.mode !== 'development') config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    },
  },
  manifest: ({ mode, manifestVersion }) => ({
    name: 'Agent Assist — empowered replies',
    default_locale: 'en',
    description:
      'Coaches support agents while they write: flags empty apologies and customer blame, scores customer effort, keeps a local coaching log.',
    // scripting + optional hosts: coaching on a site the user enables from the popup; activeTab: the popup reads that tab's URL.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Firefox builds MV2 (see README, "Firefox"), where optional hosts are optional_permissions; WXT does not move them.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Exactly the hosted helpdesks' domains (plus localhost in test and demo builds); nothing else without consent.
    host_permissions: contentMatches(mode),
    // The learned judge (entrypoints/judge.ts) is imported by the content script on its first analysis, on any
    // site coaching runs on (known helpdesks or a site the user enabled).
    web_accessible_resources: [{ resources: ['judge.js'], matches: ['*://*/*'] }],
    browser_specific_settings: {
      gecko: { id: 'agent-assist@example.org', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
