import { ACCUSE_TRIGGERS } from './accuse-triggers.js';
import { CONSULT_TRIGGERS } from './consult-triggers.js';
import { COOPERATION_TRIGGERS } from './cooperation-triggers.js';
import { DEMAND_TRIGGERS } from './demand-triggers.js';
import { FORCE_TRIGGERS } from './force-triggers.js';
import type { TriggerRule } from './trigger-rule.js';

/** Every trigger rule. Where two overlap, the longer match wins, then the one listed first. */
export const TRIGGER_RULES: readonly TriggerRule[] = [...CONSULT_TRIGGERS, ...DEMAND_TRIGGERS, ...ACCUSE_TRIGGERS, ...COOPERATION_TRIGGERS, ...FORCE_TRIGGERS];
