/**
 * Astro's file() loader, strict: it fails the build where file() only logs and carries on.
 * - two entries with the same id (file() keeps the last one and at most warns);
 * - a file that cannot be read or parsed as YAML/JSON (file() logs it and loads nothing);
 * - a missing file.
 * Each failure is a ContentError naming the file, the field and the fix.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, throwIfAny } from '../lib/content-error';

export function checkedFile(fileName: string): Loader {
  const inner = file(fileName);
  return {
    name: 'checked-file-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const shown = relative(root, fileURLToPath(new URL(fileName, context.config.root))) || fileName;
      const errors: ContentError[] = [];
      const seen = new Map<string, number>();
      const logged: string[] = [];

      // Watch what file() stores and logs, without changing how it loads.
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'clear') {
            return () => {
              seen.clear();
              target.clear();
            };
          }
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              const count = (seen.get(entry.id) ?? 0) + 1;
              seen.set(entry.id, count);
              if (count === 2) {
                errors.push(
                  new ContentError(
                    shown,
                    'id',
                    `编号 “${entry.id}” 出现了不止一次（duplicate id）`,
                    '每一项的 id 必须不同：删去重复的一项，或给它另起一个编号',
                  ),
                );
              }
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const logger = new Proxy(context.logger, {
        get(target, prop, receiver) {
          if (prop === 'error' || prop === 'debug') {
            return (message: string) => {
              if (prop === 'error' || logged.length > 0) logged.push(message);
              return (target[prop] as (m: string) => void).call(target, message);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });

      await inner.load({ ...context, store, logger });

      if (logged.length > 0) {
        errors.unshift(
          new ContentError(shown, '文件内容（file）', `无法读取：${logged.join(' / ')}`, '确认文件存在，并检查出错行的缩进、冒号和引号（YAML 格式）'),
        );
      }
      throwIfAny(errors);
    },
  };
}
