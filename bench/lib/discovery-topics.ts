// The evaluation set of `npm run bench:discovery`: each paper of the seed listing
// (prisma/seed/papers.json, the Hugging Face Daily Papers page in prisma/seed/daily-papers.txt)
// put in one topic by hand from its title, checked against its abstract where the title was
// unclear. The listing has no arXiv categories (Hugging Face shows none), and almost every paper
// is about efficient machine learning, so the topics are the sub-fields a reader of it would
// follow. Papers that fit none, or whose topic has fewer than six papers, are in the corpus (as
// distractors) but are not asked about: precision@5 needs five right answers to exist.
// The recorded listings in tests/fixtures hold four real papers, too few to form topics: left out.

export const TOPICS = {
  "parameter-efficient fine-tuning and transfer (adapters, LoRA, side tuning)": [
    "pockengine-sparse-and-efficient-fine-tuning-in-a-pocket",
    "make-pre-trained-model-reversible-from-parameter-to-memory-efficient-fine-tuning",
    "sparse-high-rank-adapters",
    "autopeft-automatic-configuration-search-for-parameter-efficient-fine-tuning",
    "multi-head-adapter-routing-for-cross-task-generalization",
    "parameter-and-computation-efficient-transfer-learning-for-vision-language-pre",
    "parameter-efficient-fine-tuning-for-large-models-a-comprehensive-survey",
    "unipt-universal-parallel-tuning-for-transfer-learning-with-efficient-parameter",
    "parameter-efficient-fine-tuning-for-foundation-models",
    "sherl-synthesizing-high-accuracy-and-efficient-memory-for-resource-limited",
    "lst-ladder-side-tuning-for-parameter-and-memory-efficient-transfer-learning",
    "mobiletl-on-device-transfer-learning-with-inverted-residual-blocks",
    "parameter-efficient-transfer-learning-of-audio-spectrogram-transformers",
    "mtlora-a-low-rank-adaptation-approach-for-efficient-multi-task-learning",
    "towards-a-unified-view-of-parameter-efficient-transfer-learning",
    "higher-layers-need-more-lora-experts",
    "s2a-a-unified-framework-for-parameter-and-memory-efficient-transfer-learning",
    "scalearn-simple-and-highly-parameter-efficient-task-transfer-by-learning-to",
  ],
  "mixture of experts": [
    "m-3-vit-mixture-of-experts-vision-transformer-for-efficient-multi-task-learning",
    "switch-diffusion-transformer-synergizing-denoising-tasks-with-sparse-mixture-of",
    "a-survey-on-inference-optimization-techniques-for-mixture-of-experts-models",
    "harder-tasks-need-more-experts-dynamic-routing-in-moe-models",
    "layerwise-recurrent-router-for-mixture-of-experts",
    "moe-2-optimizing-collaborative-inference-for-edge-large-language-models",
    "edgemoe-fast-on-device-inference-of-moe-based-large-language-models",
    "qmoe-practical-sub-1-bit-compression-of-trillion-parameter-models",
    "build-a-robust-qa-system-with-transformer-based-mixture-of-experts",
  ],
  "efficient inference and serving (dynamic depth, early exit, KV cache, disaggregation)": [
    "sortednet-a-place-for-every-network-and-every-network-in-its-place-towards-a",
    "entropy-adaptive-decoding-dynamic-model-switching-for-efficient-inference",
    "m2r2-mixture-of-multi-rate-residuals-for-efficient-transformer-inference",
    "efficiently-serving-large-multimodal-models-using-epd-disaggregation",
    "fastswitch-optimizing-context-switching-efficiency-in-fairness-aware-large",
    "mixture-of-recursions-learning-dynamic-recursive-depths-for-adaptive-token-level",
    "efficientllm-efficiency-in-large-language-models",
    "you-need-multiple-exiting-dynamic-early-exiting-for-accelerating-unified-vision",
    "duo-llm-a-framework-for-studying-adaptive-computation-in-large-language-models",
    "kv-prediction-for-improved-time-to-first-token",
    "adaptive-computation-modules-granular-conditional-computation-for-efficient",
    "accelerating-inference-in-large-language-models-with-a-unified-layer-skipping",
    "dynamax-dynamic-computing-for-transformers-and-mamba-based-architectures",
    "recycled-attention-efficient-inference-for-long-context-language-models",
    "beyond-efficiency-a-systematic-survey-of-resource-efficient-large-language",
    "reducing-inference-energy-consumption-using-dual-complementary-cnns",
    "from-tokens-to-layers-redefining-stall-free-scheduling-for-llm-serving-with",
    "are-we-there-yet-a-measurement-study-of-efficiency-for-llm-applications-on",
    "cheaply-evaluating-inference-efficiency-metrics-for-autoregressive-transformer",
    "splitwise-efficient-generative-llm-inference-using-phase-splitting",
    "fp8-versus-int8-for-efficient-deep-learning-inference",
  ],
  "sequence architectures (attention kernels, linear attention, state-space models)": [
    "efficientvmamba-atrous-selective-scan-for-light-weight-visual-mamba",
    "simple-linear-attention-language-models-balance-the-recall-throughput-tradeoff",
    "efficiently-training-7b-llm-with-1-million-sequence-length-on-8-gpus",
    "efficientvim-efficient-vision-mamba-with-hidden-state-mixer-based-state-space",
    "birdie-advancing-state-space-models-with-reward-driven-objectives-and-curricula",
    "flashattention-2-faster-attention-with-better-parallelism-and-work-partitioning",
    "the-i-o-complexity-of-attention-or-how-optimal-is-flash-attention",
    "memmamba-rethinking-memory-patterns-in-state-space-model",
    "quamba2-a-robust-and-scalable-post-training-quantization-framework-for-selective",
    "just-read-twice-closing-the-recall-gap-for-recurrent-language-models",
  ],
  "reinforcement learning and bandits": [
    "sample-efficient-learning-of-infinite-horizon-average-reward-mdps-with-general",
    "step-wise-adaptive-integration-of-supervised-fine-tuning-and-reinforcement",
    "last-switch-dependent-bandits-with-monotone-payoff-functions",
    "a-search-without-expansions-learning-heuristic-functions-with-deep-q-networks",
    "remax-a-simple-effective-and-efficient-reinforcement-learning-method-for",
    "understanding-the-role-of-feedback-in-online-learning-with-switching-costs",
    "acecode-a-reinforcement-learning-framework-for-aligning-code-efficiency-and",
    "weighted-tallying-bandits-overcoming-intractability-via-repeated-exposure",
  ],
  // Smaller topics: in the corpus, not asked about.
  "continual learning": [
    "does-continual-learning-equally-forget-all-parameters",
    "tame-task-agnostic-continual-learning-using-multiple-experts",
    "ibcl-zero-shot-model-generation-for-task-trade-offs-in-continual-learning",
  ],
  "reasoning and test-time compute": [
    "retro-search-exploring-untaken-paths-for-deeper-and-efficient-reasoning",
    "econprover-towards-more-economical-test-time-scaling-for-automated-theorem",
    "efficient-prompting-via-dynamic-in-context-learning",
    "dualformer-controllable-fast-and-slow-thinking-by-learning-with-randomized",
  ],
  "multi-task architectures": [
    "efficient-controllable-multi-task-architectures",
    "rep-mtl-unleashing-the-power-of-representation-level-task-saliency-for-multi",
  ],
  "k-medoids clustering": [
    "fast-and-eager-k-medoids-clustering-o-k-runtime-improvement-of-the-pam-clara-and",
    "faster-k-medoids-clustering-improving-the-pam-clara-and-clarans-algorithms",
  ],
  "quantum computing": [
    "efficient-magic-state-cultivation-on-mathbb-rp-2",
    "minimal-evolution-times-for-fast-pulse-based-state-preparation-in-silicon-spin",
  ],
} as const satisfies Record<string, readonly string[]>;

/** A topic is asked about when it has at least this many papers (the paper and five right answers). */
export const MIN_TOPIC_SIZE = 6;

/** slug → topic, for the papers that have one. */
export function topicOfSlug(): Map<string, string> {
  return new Map(Object.entries(TOPICS).flatMap(([topic, slugs]) => slugs.map((slug) => [slug, topic] as const)));
}
