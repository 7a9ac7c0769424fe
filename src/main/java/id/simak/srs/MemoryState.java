package id.simak.srs;

/** The FSRS memory of one card: stability in days (R falls to 90 %) and difficulty in [1, 10]. */
public record MemoryState(double stability, double difficulty) {}
