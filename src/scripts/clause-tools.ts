/**
 * Progressive enhancement for clause citations: reveals the copy buttons and copies the citation
 * or the link of a clause. Without this script the citation box is still there to select.
 */
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const box = button.closest('.clause-cite');
    const source = box?.querySelector<HTMLElement>(`[data-copy-source="${button.dataset.copy}"]`);
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
