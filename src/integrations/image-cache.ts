import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IMAGE_ENCODER } from '../lib/image-metadata';

/** Beside Astro's processed images (`<cacheDir>/assets/`): the settings they were made with. */
export const IMAGE_SETTINGS_FILE = 'assets.settings.json';

/**
 * Astro keys a processed image by its source and transform, not by the encoder's settings (say,
 * AVIF's effort) or sharp's version, so a warm cache would keep images made otherwise and two
 * builds of one commit could differ. Before a build, the processed images are dropped when they
 * were made with other settings than this build's.
 */
export default function imageCache(): AstroIntegration {
  return {
    name: 'bayu/image-cache',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const settings = JSON.stringify({ service: config.image.service, encoder: IMAGE_ENCODER });
        const cacheDir = fileURLToPath(config.cacheDir);
        const file = `${cacheDir}/${IMAGE_SETTINGS_FILE}`;
        if ((await readFile(file, 'utf8').catch(() => null)) === settings) return;
        await rm(`${cacheDir}/assets`, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await writeFile(file, settings);
        logger.info('Image settings changed or unknown: images are processed afresh');
      },
    },
  };
}
