import type { AstroIntegration } from 'astro';
import { localSiteUrl, normaliseSiteUrl, siteUrlProblem } from '../lib/site-url';

/**
 * Sets Astro's `site`, the address every absolute link is built from (src/lib/site-url.ts):
 * - `astro build`: SITE_URL, which must be set and valid, or the build stops with a message saying
 *   what to set (`npm start` and the tests set it to the local address they serve);
 * - `astro dev`: the dev server's own address, http://localhost:<port>/;
 * - anything else (`astro check`, `astro sync`) writes no page: SITE_URL when valid, else the local one.
 */
export default function siteAddress(): AstroIntegration {
  return {
    name: 'bayu/site-address',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const value = process.env.SITE_URL;
        const problem = siteUrlProblem(value);
        if (command === 'dev') {
          updateConfig({ site: localSiteUrl(config.server.port) });
        } else if (command === 'build') {
          if (problem) {
            // A message for people, without a stack trace.
            logger.error(`\n${problem}\n`);
            process.exit(1);
          }
          const site = normaliseSiteUrl(value ?? '');
          updateConfig({ site });
          logger.info(`Building for ${site}`);
        } else {
          updateConfig({ site: problem ? localSiteUrl() : normaliseSiteUrl(value ?? '') });
        }
      },
    },
  };
}
