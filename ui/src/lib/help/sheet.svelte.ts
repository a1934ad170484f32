/** Whether the keyboard-shortcut sheet is open (`?`, or a "Keyboard shortcuts" button). */
export const sheet = $state({ open: false });

export function openShortcutSheet(): void {
  sheet.open = true;
}

export function closeShortcutSheet(): void {
  sheet.open = false;
}
