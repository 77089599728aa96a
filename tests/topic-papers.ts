// Papers on made-up topics for the discovery tests: each topic is five phrases no other topic
// uses, so which papers resemble which is known in advance.

export const TOPIC_PHRASES = {
  attention: ["sparse attention", "long context", "transformer layers", "attention heads", "token sequences"],
  protein: ["protein folding", "amino acid", "protein structure", "molecular dynamics", "binding sites"],
  robot: ["robot grasping", "manipulation policy", "robot arm", "tactile sensing", "motion planning"],
  speech: ["speech recognition", "acoustic model", "spoken language", "audio tokens", "speaker diarization"],
} as const;
export type Topic = keyof typeof TOPIC_PHRASES;

/** Paper `n` of a topic: three of its five phrases (a different three each time) and shared filler. */
export function topicPaper(topic: Topic, n: number) {
  const phrases = TOPIC_PHRASES[topic];
  const pick = [phrases[n % 5]!, phrases[(n + 1) % 5]!, phrases[(n + 3) % 5]!];
  return {
    title: `${pick[0]} and ${pick[1]} study ${n}`,
    abstract: `We propose a method for ${pick.join(", ")}. Experiments show the approach improves results on ${pick[2]} benchmarks.`,
    authors: [`Author ${topic} ${n % 2}`],
  };
}
