package id.simak.account;

/** What an account may do: teachers manage articles and sets, learners read and practise. */
public enum Role { TEACHER, LEARNER }
