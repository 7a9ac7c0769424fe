package id.simak.account;

/** What a person sends to register: a username, a password and the name others see. */
public record Registration(String username, String password, String displayName) {}
