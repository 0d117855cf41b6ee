package dev.upkisim.tsv;

/**
 * A person named in an issue or renew row: the 利用管理者 (columns 8–10, gets the access PIN mail) or the
 * 利用者 (columns 11, 13, 14, gets the certificate URL mail) — SPEC 1.2 and 1.4.
 */
public record Person(String name, String affiliation, String email) {
}
