package id.simak.account;

/** An account as the API shows it: never the password hash. */
public record AccountView(long id, String username, String displayName, Role role, boolean admin) {

    public static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.displayName, a.role(), a.admin);
    }
}
