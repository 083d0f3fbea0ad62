import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { NGINX_CONF, renderNginxConf } from '../../deploy/nginx.mjs';

test('the shipped nginx configuration is what deploy/headers.mjs says (run `npm run nginx:conf` after changing it)', () => {
  expect(readFileSync(NGINX_CONF, 'utf8'), 'deploy/nginx/bayu-site.conf is out of date: run `npm run nginx:conf`').toBe(renderNginxConf());
});
