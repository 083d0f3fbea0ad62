/**
 * The 打印 button of a policy page: shown once this script runs, except inside WeChat, whose
 * browser has no printing (a hint is shown there instead, see WeChatHint.astro). Before printing,
 * disclosures marked data-print-open (the issuing notice) are opened so that they print, and
 * closed again afterwards; browsers that can style a <details>' content do this in print.css too.
 */
const button = document.querySelector<HTMLButtonElement>('[data-print]');
if (button && !document.documentElement.hasAttribute('data-wechat')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});
addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
