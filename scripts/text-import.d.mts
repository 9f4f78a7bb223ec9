import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function resolveText(spec: string, importer: string): string;
export const esbuildTextImport: EsbuildPlugin;
export const viteTextImport: VitePlugin;
