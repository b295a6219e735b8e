/** Reveal and wire every [data-copy] button: copy its text to the clipboard and say so in the status line. */
export function wireCopyButtons(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  document
    .querySelectorAll<HTMLElement>('[data-copy-group], button[data-copy][hidden]')
    .forEach((el) => (el.hidden = false));
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        if (status)
          status.textContent = `Copied: ${(button.textContent ?? '').replace(/^Copy /, '').trim()}.`;
      } catch {
        if (status)
          status.textContent =
            'Your browser did not allow copying. Select the text and copy it instead.';
      }
    });
  });
}
