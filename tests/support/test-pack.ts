/** Test helpers: the recognition fixture pack (tests/fixtures/recognition/pack.json) and tiny packs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { type Alias, type Entity, type EntityType, type Pack, PackSchema } from '../../src/knowledge/schema';

const FIXTURE_URL = new URL('../fixtures/recognition/pack.json', import.meta.url);

export function loadFixturePack(): Pack {
  return v.parse(PackSchema, JSON.parse(readFileSync(fileURLToPath(FIXTURE_URL), 'utf8')));
}

const FACT = { text: 'A test fact.', asOf: '2025-01-01', source: 'https://example.org/test' };

export function testEntity(id: string, type: EntityType, aliases: Alias[]): Entity {
  return { id, name: id, type, description: 'Test entity.', aliases, facts: [FACT, FACT, FACT], related: [] };
}

export function testPack(entities: Entity[]): Pack {
  return {
    schemaVersion: 1,
    id: 'test-pack',
    title: 'Test pack',
    asOf: '2025-01-01',
    entities,
    deadlines: [],
  };
}
