/**
 * Lazy loading without `import()`: a component renders its bundled script inside a <template>, where it
 * stays inert; moving the template's content into the page runs it (once). Vite would otherwise add its
 * module-preload helper (about 0.9 KB compressed) to every page that uses `import()`.
 */
export function runInertScript(template: HTMLTemplateElement | null): void {
  if (!template?.isConnected) return;
  template.remove();
  document.head.append(template.content);
}
