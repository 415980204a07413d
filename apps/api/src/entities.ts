/**
 * Every table's schema, for the ORM: the core tables (db/entities.ts) and the ones the modules bring
 * (db/ imports no module: the list is put together here, above both).
 */
import { ALL_ENTITIES } from './db/entities';
import { DRAW_ENTITIES } from './modules/engagement/draw-entities';
import { ENGAGEMENT_ENTITIES } from './modules/engagement/entities';
import { LEADERBOARD_ENTITIES } from './modules/engagement/leaderboard-entities';

export const ENTITIES = [...ALL_ENTITIES, ...ENGAGEMENT_ENTITIES, ...DRAW_ENTITIES, ...LEADERBOARD_ENTITIES];
