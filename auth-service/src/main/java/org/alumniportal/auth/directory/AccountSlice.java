package org.alumniportal.auth.directory;

import java.util.List;

/** One page of accounts and how many match in all. */
public record AccountSlice(List<Account> accounts, long total) {
}
