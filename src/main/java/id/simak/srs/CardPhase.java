package id.simak.srs;

/** Where a card is in its life: never seen, in learning steps, in day-scale review, or relearning a lapse. */
public enum CardPhase { NEW, LEARNING, REVIEW, RELEARNING }
