/*
 * Reading preferences (text size, contrast), applied before the first paint of every page.
 * A small classic script loaded in <head> from a file (the CSP allows no inline script). It sets
 * attributes on <html> that src/styles/tokens.css reads, and runs the reading controls of
 * src/components/ReadingControls.astro through listeners on the document. Without it the page
 * follows the browser's own text size and prefers-contrast / forced-colors.
 */
(() => {
  const root = document.documentElement;
  const KEYS = { size: 'bayu-text-size', contrast: 'bayu-contrast' };
  const SIZES = ['100', '150', '200'];

  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const write = (key, value) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Private mode or storage off: the choice lasts for this page only.
    }
  };

  /** The stored text size, or '100'. */
  const size = () => (SIZES.includes(read(KEYS.size)) ? read(KEYS.size) : '100');
  /** The stored contrast, else what the system asks for. */
  const contrast = () => {
    const stored = read(KEYS.contrast);
    if (stored === 'high' || stored === 'standard') return stored;
    return matchMedia('(prefers-contrast: more)').matches ? 'high' : 'standard';
  };

  const apply = () => {
    const s = size();
    if (s === '100') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', s);
    const stored = read(KEYS.contrast);
    if (stored === 'high' || stored === 'standard') root.setAttribute('data-contrast', stored);
    else root.removeAttribute('data-contrast');
  };

  /** Puts the controls in the state of the stored choices. */
  const sync = () => {
    for (const input of document.querySelectorAll('[data-reading-size]')) input.checked = input.value === size();
    for (const input of document.querySelectorAll('[data-reading-contrast]')) input.checked = contrast() === 'high';
  };

  const announce = (control, text) => {
    const status = control.closest('[data-reading-controls]')?.querySelector('[data-reading-status]');
    if (status) status.textContent = text;
  };

  apply();
  root.setAttribute('data-reading', '');
  if (/MicroMessenger/i.test(navigator.userAgent)) root.setAttribute('data-wechat', '');

  document.addEventListener('DOMContentLoaded', sync);
  // Back to a page kept in memory, or a choice made in another tab: show the current choice.
  addEventListener('pageshow', () => {
    apply();
    sync();
  });
  addEventListener('storage', () => {
    apply();
    sync();
  });

  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.matches('[data-reading-size]') && input.checked) {
      write(KEYS.size, input.value);
      apply();
      announce(input, input.dataset.announce ?? '');
    } else if (input.matches('[data-reading-contrast]')) {
      write(KEYS.contrast, input.checked ? 'high' : 'standard');
      apply();
      announce(input, (input.checked ? input.dataset.announceOn : input.dataset.announceOff) ?? '');
    }
    sync();
  });
})();
