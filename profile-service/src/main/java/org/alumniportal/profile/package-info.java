/**
 * Alumni profiles (SPEC phase 2 and the profile parts of phases 8-9): profile CRUD and privacy ({@code profile}),
 * uploads ({@code upload}), admin verification ({@code verification}), personal-data export ({@code export}),
 * skill normalisation ({@code skills}), search and directory, the ID card and CSV import.
 */
package org.alumniportal.profile;
