/**
 * Progressive enhancement for clause citations: adds the copy buttons (from the page's
 * #clause-copy template, ClauseCopy.astro) to every citation box, and copies the citation or the
 * link of a clause. Without this script the citation box is still there to select.
 */
const template = document.querySelector<HTMLTemplateElement>('template#clause-copy');
const boxes = document.querySelectorAll<HTMLElement>('.clause-cite');
if (template && boxes.length > 0) {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  document.body.append(live);

  for (const box of boxes) {
    box.append(template.content.cloneNode(true));
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', async () => {
        const source = box.querySelector<HTMLElement>(`[data-copy-source="${button.dataset.copy}"]`);
        const text = source?.textContent?.trim() ?? '';
        try {
          await navigator.clipboard.writeText(text);
          live.textContent = button.parentElement?.dataset.copied ?? '';
        } catch {
          const range = document.createRange();
          if (source) range.selectNodeContents(source);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          live.textContent = button.parentElement?.dataset.copyFailed ?? '';
        }
      });
    }
  }
}
