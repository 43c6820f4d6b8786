/**
 * The packaged app's Electron fuses (electron-builder.yml › electronFuses), read and validated by
 * electron-builder's own configuration loader and JSON schema, as `npm run dist` would: the binary
 * cannot be packaged here (no Electron zip), but the configuration it would be packaged with can.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's loader and validator live in its app-builder-lib; resolve them from it.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const builderConfig = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = createRequire(fromBuilder.resolve('app-builder-lib/package.json'))(
  'builder-util',
) as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const load = () => builderConfig.getConfig(path.resolve('.'), 'electron-builder.yml', null);

describe('the packaged app (electron-builder.yml)', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(
      builderConfig.validateConfiguration(await load(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('sets the fuses of the security checklist', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect((await load()).asar).toBe(true);
  });

  it('would catch a misspelt fuse (so the check above can fail)', async () => {
    const config = { ...(await load()), electronFuses: { runAsNod: false } };
    await expect(builderConfig.validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
  });
});
