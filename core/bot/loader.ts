import { existsSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { ConfigError } from '../model/errors.js';
import { readYamlFile, parseWith } from '../util/yaml-file.js';
import type { CompiledFlow } from '../flow/compile.js';
import { BotSchema, type BotConfig } from './schema.js';

export interface LoadedBot {
  config: BotConfig;
  file: string;
  /** The folder of the bot's data: `bots/<id>/`. */
  dir: string;
}

/**
 * Reads `bots/*.yaml`, validates each, and checks its references: flows exist, the id matches the
 * file name, the data folders exist. Errors name the file, line and column.
 */
export function loadBots(botsDir: string, flows: ReadonlyMap<string, CompiledFlow>): Map<string, LoadedBot> {
  if (!existsSync(botsDir)) throw new ConfigError('bots folder not found', botsDir);
  const bots = new Map<string, LoadedBot>();
  for (const name of readdirSync(botsDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const path = join(botsDir, name);
    const file = readYamlFile(path);
    const config = parseWith(file, BotSchema);
    if (config.id !== basename(name).replace(/\.ya?ml$/, '')) throw file.error(`id "${config.id}" must match the file name`, ['id']);
    config.flows.forEach((f, i) => {
      if (!flows.has(f)) throw file.error(`unknown flow "${f}" (no flows/*.yaml has this id)`, ['flows', i]);
    });
    if (config.fallback_flow && !config.flows.includes(config.fallback_flow)) {
      throw file.error(`fallback_flow "${config.fallback_flow}" must be one of the bot's flows`, ['fallback_flow']);
    }
    if (!config.locales.supported.includes(config.locales.default)) {
      throw file.error('the default locale must be one of the supported locales', ['locales', 'default']);
    }
    const dir = join(botsDir, config.id);
    if (!existsSync(join(dir, 'nlu'))) throw file.error(`NLU training folder bots/${config.id}/nlu/ not found`, ['nlu']);
    if (config.shop.driver === 'demo' && !existsSync(join(dir, 'shop', 'catalog.yaml'))) {
      throw file.error(`demo shop data bots/${config.id}/shop/catalog.yaml not found`, ['shop', 'driver']);
    }
    bots.set(config.id, { config, file: path, dir });
  }
  return bots;
}
