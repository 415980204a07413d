/** The program's settings (one row). */
import { EntitySchema } from '@mikro-orm/core';
import { datetime } from './columns';

export class ProgramSettingsRow {
  id!: number;
  name!: string;
  currency!: string;
  timezone!: string;
  costToSalesRedLine!: number;
  /** ProgramRules (packages/core) without currency/timezone, as JSON */
  rules!: Record<string, unknown>;
  /** alert thresholds (metrics issue) */
  alertThresholds!: Record<string, unknown>;
  updatedAt!: Date;
}
export const ProgramSettingsSchema = new EntitySchema<ProgramSettingsRow>({
  class: ProgramSettingsRow,
  tableName: 'program_settings',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    name: { type: 'string', length: 200 },
    currency: { type: 'string', length: 3 },
    timezone: { type: 'string', length: 64 },
    costToSalesRedLine: { type: 'double' },
    rules: { type: 'json' },
    alertThresholds: { type: 'json' },
    updatedAt: datetime(),
  },
});
