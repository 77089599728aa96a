import { describe, expect, it } from "vitest";
import { findAcronyms } from "@/lib/discovery/find-acronyms";

describe("findAcronyms", () => {
  it.each([
    { what: "initials", text: "We study state space models (SSM) at scale.", found: [["ssm", "state space models"]] },
    { what: "a plural acronym, singular", text: "Large Language Models (LLMs) are large.", found: [["llm", "Large Language Models"]] },
    { what: "letters inside words", text: "We fine-tune with Low-Rank Adaptation (LoRA).", found: [["lora", "Low-Rank Adaptation"]] },
    { what: "a stop word in the long form", text: "A sparse mixture-of-experts (MoE) layer", found: [["moe", "mixture-of-experts"]] },
    {
      what: "a skipped small word",
      text: "Reinforcement Learning from Human Feedback (RLHF) aligns models",
      found: [["rlhf", "Reinforcement Learning from Human Feedback"]],
    },
    { what: "no match: not an acronym of the words before", text: "We propose a new method (XYZ) here.", found: [] },
    { what: "no uppercase: a list marker or an aside", text: "first (ii) and then (see) more", found: [] },
  ])("$what", ({ text, found }) => {
    expect([...findAcronyms(text)]).toEqual(found);
  });
});
