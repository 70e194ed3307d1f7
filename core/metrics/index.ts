import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics, one registry per server so tests and replicas never share counters by accident. */
export interface Metrics {
  registry: Registry;
  messages: Counter<'bot' | 'platform'>;
  replies: Counter<'bot' | 'platform'>;
  errors: Counter<'bot' | 'platform' | 'stage'>;
  duplicates: Counter<'bot' | 'platform'>;
  handoffs: Counter<'bot' | 'platform'>;
  turnSeconds: Histogram<'bot' | 'platform'>;
}

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry, prefix: 'shopmate_' });
  const labelNames = ['bot', 'platform'] as const;
  return {
    registry,
    messages: new Counter({ name: 'shopmate_messages_total', help: 'Inbound events accepted into the pipeline', labelNames, registers: [registry] }),
    replies: new Counter({ name: 'shopmate_replies_total', help: 'Messages delivered to shoppers', labelNames, registers: [registry] }),
    errors: new Counter({ name: 'shopmate_errors_total', help: 'Turns that failed, by stage', labelNames: [...labelNames, 'stage'], registers: [registry] }),
    duplicates: new Counter({ name: 'shopmate_duplicates_total', help: 'Redelivered events ignored', labelNames, registers: [registry] }),
    handoffs: new Counter({ name: 'shopmate_handoffs_total', help: 'Conversations handed to a human', labelNames, registers: [registry] }),
    turnSeconds: new Histogram({
      name: 'shopmate_turn_seconds', help: 'Turn latency from accept to last reply', labelNames, registers: [registry],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
  };
}
