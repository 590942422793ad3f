/**
 * Alumni profiles (SPEC phase 2): profile CRUD, CV upload, advanced search and directory, admin verification,
 * and later the digital alumni ID card and alumni-connection suggestions (phases 8-9). A booting shell until then.
 */
package org.alumniportal.profile;
