/** The four questions a retailer asks a BPO, in the order they are asked. */
export const QUESTIONS = [
  { id: 'pci', title: 'PCI DSS compliance' },
  { id: 'payments', title: 'Payment handling' },
  { id: 'pii', title: 'PII in transcripts and recordings' },
  { id: 'remote-agents', title: 'Remote agents' },
] as const;

export type QuestionId = (typeof QUESTIONS)[number]['id'];
