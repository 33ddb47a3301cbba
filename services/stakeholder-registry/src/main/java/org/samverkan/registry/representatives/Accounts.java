package org.samverkan.registry.representatives;

/** Representatives' accounts at the identity provider; the registry keeps who represents what, the provider signs them in. */
interface Accounts {
    /**
     * Finds the person's account by e-mail or creates it, adds the organisation to its {@code org_ids}, gives it
     * the representative role and, if it has no password yet, has the provider send the "set your password" e-mail.
     * Repeating it changes nothing but sending the e-mail again.
     *
     * @return the account's id
     */
    String invite(String email, String organizationId);

    /**
     * Takes the organisation from the account's {@code org_ids} and ends the account's sessions; the representative
     * role goes with the last organisation.
     *
     * @return whether the account still represents another organisation
     */
    boolean remove(String accountId, String organizationId);

    /** Deletes the account (GDPR erasure of a person who represents nothing else). */
    void delete(String accountId);
}
